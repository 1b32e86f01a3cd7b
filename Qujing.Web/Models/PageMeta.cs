namespace Qujing.Web.Models;

/// <summary>
/// What the layout needs to know about the page being rendered (title, description, sharing, structured data).
/// Scoped: each view fills it in; the layout reads it. Typed, instead of ViewData strings.
/// </summary>
public sealed class PageMeta
{
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>OpenGraph type: "website" or "article".</summary>
    public string Type { get; set; } = "website";
    /// <summary>A schema.org object for JSON-LD, or null.</summary>
    public object? StructuredData { get; set; }
}
