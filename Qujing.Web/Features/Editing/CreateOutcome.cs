namespace Qujing.Web.Features.Editing;

/// <summary>What became of an editor's new item.</summary>
public abstract record CreateOutcome
{
    /// <summary>Created as item <paramref name="Id"/>, with revision 1 as its first, unpublished draft.</summary>
    public sealed record Created(int Id) : CreateOutcome;

    /// <summary>The input breaks a rule; the messages are keyed by field. Nothing was stored.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string> Errors) : CreateOutcome;

    /// <summary>The database could not take the write (a full disk, a read-only file). Nothing was stored.</summary>
    public sealed record StorageFailed(Infrastructure.Storage.StorageFailure Failure) : CreateOutcome;
}
