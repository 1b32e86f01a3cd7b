using Qujing.Web.Data.Entities;
using Qujing.Web.Import;

namespace Qujing.Web.Features.Corrections;

/// <summary>What the corrections mean for an import's report: the entries they settle are marked handled, and every problem is an entry of its own.</summary>
public static class CorrectionReport
{
    /// <summary>The name an entry's kind has on the corrections page and in the file (“段落残缺”, without “（待核）”).</summary>
    public static string KindName(ReportKind kind) => ReportKindNames.Of(kind) is var name && name.IndexOf('（', StringComparison.Ordinal) is > 0 and var at ? name[..at] : ReportKindNames.Of(kind);

    /// <summary>The line the settled entries carry, and the revision notes' counterpart on the public page.</summary>
    public static string HandledBy(int number, Correction correction) => $"更正 {number}：{correction.Title}";

    /// <summary>Marks and adds to <paramref name="report"/> (the import's entries, not saved yet); returns the problems it added.</summary>
    public static List<ImportReportItem> Record(List<ImportReportItem> report, CorrectionOutcome outcome)
    {
        // The report links to paragraphs by their number as imported; the corrections may have moved them.
        foreach (var entry in report.Where(e => e.Section is not null && e.Paragraph is not null))
        {
            entry.Paragraph = outcome.Renumbered.TryGetValue(entry.Section!, out var numbers) && entry.Paragraph <= numbers.Count ? numbers[entry.Paragraph!.Value - 1] : entry.Paragraph;
        }

        var problems = outcome.Problems.ToList();
        for (var i = 0; i < outcome.Applied.Count; i++)
        {
            var correction = outcome.Applied[i].Correction;
            foreach (var reference in correction.Handles)
            {
                var entries = report.Where(r => r.Location == reference.Location && (KindName(r.Kind) == reference.Kind || ReportKindNames.Of(r.Kind) == reference.Kind)).ToList();
                if (entries.Count == 0)
                {
                    problems.Add(new(correction.Line, $"{correction.Label}已应用，但它所说的报告条目“{reference}”在这次导入的报告中没有。", reference.ToString()));
                }

                foreach (var entry in entries)
                {
                    (entry.Handled, entry.HandledBy) = (true, HandledBy(i + 1, correction));
                }
            }
        }

        var added = problems.Select((p, i) => new ImportReportItem
        {
            Position = report.Count + i + 1, Kind = ReportKind.CorrectionProblem, Location = p.Location, Before = p.Text, Message = p.Message,
            Section = p.Place as Section,
        }).ToList();
        report.AddRange(added);
        return added;
    }
}
