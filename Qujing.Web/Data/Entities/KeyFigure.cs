namespace Qujing.Web.Data.Entities;

/// <summary>A number the article gives, with what it counts and where it comes from.</summary>
public class KeyFigure : IEditable
{
    public int Id { get; set; }
    public decimal Value { get; set; }
    public string ValueText { get; set; } = "";
    public string Unit { get; set; } = "";
    public string Label { get; set; } = "";
    public string SourceSentence { get; set; } = "";
    public int? SectionId { get; set; }
    public Section? Section { get; set; }
    public int Paragraph { get; set; }
    public int Position { get; set; }
    public int PublishedRevision { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
}
