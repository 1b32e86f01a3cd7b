using Qujing.Web.Import;

namespace Qujing.Web.Data.Entities;

/// <summary>One line of an import report, stored with the content it concerns.</summary>
public class ImportReportItem
{
    public int Id { get; set; }
    public int ImportRunId { get; set; }
    public int Position { get; set; }
    public ReportKind Kind { get; set; }
    public string Location { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
    public string Message { get; set; } = "";
    public bool Handled { get; set; }
    /// <summary>The editorial correction that settled the entry (“更正 3：…”), when one did.</summary>
    public string? HandledBy { get; set; }
    /// <summary>The section the entry concerns, and the paragraph there (its #pN anchor), when they are known.</summary>
    public int? SectionId { get; set; }
    public Section? Section { get; set; }
    public int? Paragraph { get; set; }
}
