namespace Qujing.Web.Features.Editing;

/// <summary>What became of an editor's save.</summary>
public abstract record SaveOutcome
{
    /// <summary>Saved as draft revision <paramref name="Number"/>.</summary>
    public sealed record Saved(int Number) : SaveOutcome;

    /// <summary>Someone saved revision <paramref name="Theirs"/> after the one this editor started from; nothing was saved.</summary>
    public sealed record Conflict(int Theirs, object TheirContent, string TheirAuthor) : SaveOutcome;

    /// <summary>The input breaks a rule; the messages are keyed by field.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string> Errors) : SaveOutcome;

    /// <summary>The database could not take the write (a full disk, a read-only file); nothing was saved.</summary>
    public sealed record StorageFailed(Infrastructure.Storage.StorageFailure Failure) : SaveOutcome;
}
