namespace Qujing.Web.Data.Entities;

/// <summary>A school the article names, with the passages about it.</summary>
public class School : IEditable
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public int CountyId { get; set; }
    public County? County { get; set; }
    public string ProfileMarkdown { get; set; } = "";
    public int Position { get; set; }
    public int PublishedRevision { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
    /// <summary>The photo at the top of the page and in its share image; none when null.</summary>
    public int? LeadImageId { get; set; }
    public MediaItem? LeadImage { get; set; }
    public List<SchoolAlias> Aliases { get; set; } = [];
    public List<Section> Sections { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
}
