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
}
