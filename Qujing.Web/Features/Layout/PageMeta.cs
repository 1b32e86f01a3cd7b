namespace Qujing.Web.Features.Layout;

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
    /// <summary>The image shared with the page (og:image); null is the feature's own card.</summary>
    public Features.Sharing.ShareImage? ShareImage { get; set; }
    /// <summary>A schema.org object for JSON-LD, or null.</summary>
    public object? StructuredData { get; set; }
    /// <summary>Set on an editor's preview: a banner says so, so a draft is never mistaken for the live page.</summary>
    public string? PreviewNotice { get; set; }
    /// <summary>On a preview of a draft: where the "publish this revision" button posts.</summary>
    public string? PublishUrl { get; set; }
    /// <summary>On a preview: the editor's way back.</summary>
    public string? BackUrl { get; set; }
}
