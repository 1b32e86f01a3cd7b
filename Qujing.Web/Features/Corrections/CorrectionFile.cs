namespace Qujing.Web.Features.Corrections;

/// <summary>The corrections file as parsed: its well-formed entries in file order, and what was wrong with the others.</summary>
/// <param name="Hash">The file's SHA-256 (empty without a file): a re-import's review is outdated when it changes.</param>
public sealed record CorrectionFile(IReadOnlyList<Correction> Entries, IReadOnlyList<CorrectionProblem> Problems, string Hash)
{
    /// <summary>No file, or corrections turned off.</summary>
    public static CorrectionFile None { get; } = new([], [], "");
}
