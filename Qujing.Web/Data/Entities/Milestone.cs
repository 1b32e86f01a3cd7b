using Qujing.Web.Import;

namespace Qujing.Web.Data.Entities;

/// <summary>A dated event, with the precision the text gives its date.</summary>
public class Milestone : IEditable
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public DatePrecision Precision { get; set; }
    /// <summary>The date as the text writes it ("2022年以来").</summary>
    public string DateText { get; set; } = "";
    public string Summary { get; set; } = "";
    public MilestoneLevel Level { get; set; }
    public string SourceSentence { get; set; } = "";
    public int? SectionId { get; set; }
    public Section? Section { get; set; }
    public int Paragraph { get; set; }
    public int? SchoolId { get; set; }
    public School? School { get; set; }
    public int PublishedRevision { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
}
