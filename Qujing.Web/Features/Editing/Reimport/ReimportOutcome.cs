namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>How a confirmation ended; only <see cref="Applied"/> changed anything.</summary>
public abstract record ReimportOutcome
{
    public sealed record Applied(int Drafts, int Published, int Added, int Trashed, int Kept) : ReimportOutcome;

    /// <summary>No staged text has this id (never staged, already confirmed or discarded).</summary>
    public sealed record NotFound : ReimportOutcome;

    /// <summary>The site changed since the review (or the staged text went meanwhile): review again.</summary>
    public sealed record Outdated : ReimportOutcome;

    public sealed record Invalid(string Message) : ReimportOutcome;
}
