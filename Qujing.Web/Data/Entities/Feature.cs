namespace Qujing.Web.Data.Entities;

/// <summary>The one feature article the site presents.</summary>
public class Feature
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Byline { get; set; } = "";
    public string LeadMarkdown { get; set; } = "";
    public DateTimeOffset PublishedAt { get; set; }
}
