namespace Qujing.Web.Features.Editing.Merging;

/// <summary>A run of paragraphs in a merged field: one both editors agree on, or one they changed differently.</summary>
public abstract record MergeChunk;

/// <summary>Paragraphs that are settled: unchanged, changed by one editor only, or changed alike by both.</summary>
public sealed record AgreedChunk(IReadOnlyList<string> Paragraphs) : MergeChunk;

/// <summary>Paragraphs both editors changed, differently: the editor chooses.</summary>
public sealed record ConflictChunk(IReadOnlyList<string> Base, IReadOnlyList<string> Theirs, IReadOnlyList<string> Mine) : MergeChunk;

/// <summary>How an editor settles a <see cref="ConflictChunk"/>.</summary>
public enum ConflictChoice
{
    Theirs = 0,
    Mine = 1,
    Both = 2,
}
