namespace Qujing.Web.Data.Entities;

/// <summary>A themed part of the feature, with its own page.</summary>
public class Section
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Heading { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public int Position { get; set; }
}
