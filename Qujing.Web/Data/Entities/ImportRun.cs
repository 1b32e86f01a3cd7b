namespace Qujing.Web.Data.Entities;

/// <summary>One import of a source text, with the report of what it changed and doubts.</summary>
public class ImportRun
{
    public int Id { get; set; }
    public string SourceName { get; set; } = "";
    /// <summary>SHA-256 of the source bytes, so a re-import of the same text can be recognised.</summary>
    public string SourceHash { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    public List<ImportReportItem> Items { get; set; } = [];
}
