using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Corrections;

/// <summary>The rows the public corrections page reads: one for each correction an import applied.</summary>
public static class CorrectionLedger
{
    /// <param name="idOf">The site's id of an importer's item (the items are saved by then).</param>
    public static List<AppliedCorrection> Rows(CorrectionOutcome outcome, Func<IEditable, int> idOf) =>
        [.. outcome.Applied.Select((a, i) => new AppliedCorrection
        {
            Number = i + 1,
            Title = a.Correction.Title,
            Place = a.Correction.Place.Text,
            Before = string.Join("\n", a.Correction.Before),
            After = a.Correction.After,
            MovedTo = a.Correction.Move?.ToString(),
            Reason = a.Correction.Reason,
            ItemType = a.ItemType,
            ItemId = idOf(a.Source),
            Paragraph = a.Paragraph,
            Targets = [.. a.Targets.Select(t => AppliedCorrection.TargetOf(t.ItemType, idOf(t.Source))).Distinct()],
        })];
}
