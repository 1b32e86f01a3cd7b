namespace Qujing.Web.Data.Entities;

/// <summary>Words the article attributes to a named person.</summary>
public class Quote : IEditable
{
    public int Id { get; set; }
    public string Speaker { get; set; } = "";
    public string Role { get; set; } = "";
    public string Words { get; set; } = "";
    /// <summary>False for reported speech ("邓余勇介绍，…").</summary>
    public bool IsDirect { get; set; }
    public int? SchoolId { get; set; }
    public School? School { get; set; }
    public int? SectionId { get; set; }
    public Section? Section { get; set; }
    public int Paragraph { get; set; }
    public int PublishedRevision { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
}
