using Qujing.Web.Data.Entities;
using Qujing.Web.Data.Seeding;
using Qujing.Web.Features.Corrections;
using Qujing.Web.Import;

namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>
/// What a staged text would change, item by item, against the site as it is now. <see cref="Fingerprint"/> covers the
/// revision numbers it was made from: a confirmation whose plan has a different one was reviewed against other content.
/// <see cref="Corrections"/> is what the editors' corrections file made of the text (its problems are in the mapped report).
/// </summary>
public sealed record ReimportPlan(
    PendingImport Pending, ImportResult Result, MappedContent Mapped, IReadOnlyList<PlannedChange> Changes, string Fingerprint, CorrectionOutcome Corrections)
{
    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);
}
