namespace Qujing.Web.Data.Entities;

/// <summary>A themed part of the feature, with its own page.</summary>
public class Section : IEditable
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Heading { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public int Position { get; set; }
    /// <summary>The revision readers see.</summary>
    public int PublishedRevision { get; set; }
    /// <summary>Set when moved to the trash; readers never see it, editors can restore it.</summary>
    public DateTimeOffset? DeletedAt { get; set; }
    /// <summary>The photo at the top of the page and in its share image; none when null.</summary>
    public int? LeadImageId { get; set; }
    public MediaItem? LeadImage { get; set; }
}
