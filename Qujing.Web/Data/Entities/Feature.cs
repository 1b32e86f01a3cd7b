namespace Qujing.Web.Data.Entities;

/// <summary>The one feature article the site presents.</summary>
public class Feature : IEditable
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Byline { get; set; } = "";
    public string LeadMarkdown { get; set; } = "";
    /// <summary>Where and when the article first appeared, once an editor knows; empty while the source does not say.</summary>
    public string OriginalSource { get; set; } = "";
    public DateTimeOffset PublishedAt { get; set; }
    public int PublishedRevision { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
}
