using Qujing.Web.Features.Editing.Reimport;

namespace Qujing.Web.Features.Corrections;

/// <summary>What the corrections file made of an import's content (<see cref="CorrectionApplier"/>).</summary>
/// <param name="Content">The corrected content: what readers see, and what a later re-import compares with (its base).</param>
/// <param name="Steps">Item by item, correction by correction, in file order: the revisions a first import writes.</param>
/// <param name="Applied">The corrections that were applied, in file order.</param>
/// <param name="Problems">Entries that were malformed or could not be applied, and report entries a correction names that do not exist.</param>
/// <param name="Links">Milestones, figures and quotes whose source paragraph moved.</param>
/// <param name="Renumbered">For each importer's section, the number each of its imported paragraphs has once corrected (null: gone).</param>
/// <param name="FileHash">The corrections file's hash.</param>
public sealed record CorrectionOutcome(
    IncomingContent Content, IReadOnlyList<CorrectionStep> Steps, IReadOnlyList<CorrectionEffect> Applied,
    IReadOnlyList<CorrectionProblem> Problems, IReadOnlyList<ParagraphLink> Links,
    IReadOnlyDictionary<Data.Entities.IEditable, IReadOnlyList<int?>> Renumbered, string FileHash)
{
    /// <summary>Points the importer's milestones, figures and quotes at their paragraphs as corrected.</summary>
    public void Relink()
    {
        foreach (var link in Links)
        {
            link.Apply();
        }
    }
}
