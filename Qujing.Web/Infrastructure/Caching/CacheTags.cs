namespace Qujing.Web.Infrastructure.Caching;

/// <summary>
/// Tags on cached public pages, so that a change evicts exactly the pages that show it.
/// Every public page carries <see cref="Content"/>; a page for one item also carries that item's tag.
/// </summary>
public static class CacheTags
{
    /// <summary>Every public page (re-import, restore of everything).</summary>
    public const string Content = "content";

    /// <summary>The pages of one controller: "page:sections", "page:schools", "page:timeline" …</summary>
    public static string Page(string controller) => $"page:{controller.ToLowerInvariant()}";

    /// <summary>The page of one item: "item:sections:section-1".</summary>
    public static string Item(string controller, string slug) => $"item:{controller.ToLowerInvariant()}:{slug}";
}
