using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Qujing.Web.Text;

/// <summary>
/// The URL allow-list for Markdown (decision 0007). Links may go to http, https, mailto or a site-relative address;
/// images only to the media library, <c>/media/12</c> (decision 0025: readers are in China, the CSP forbids other hosts,
/// and only the library's photos are sized, stripped and described). A refused link or image
/// keeps its text and loses its element, so nothing but an allowed target ever reaches an href or src.
/// </summary>
public static class MarkdownLinks
{
    private static readonly string[] LinkSchemes = ["http", "https", "mailto"];

    /// <summary>Applies the allow-list to a parsed document (Markdig has already resolved reference links and entities).</summary>
    public static void Restrict(MarkdownDocument document)
    {
        // Collected first: the walk below moves inlines around. A link nested in a refused image's alt text is in the
        // list too, so it is checked wherever it ends up.
        var links = document.Descendants<LinkInline>().ToList();
        var autolinks = document.Descendants<AutolinkInline>().ToList();
        foreach (var link in links.Where(l => !(l.IsImage ? IsAllowedImage(l.Url) : IsAllowedLink(l.Url))))
        {
            Unwrap(link);
        }

        foreach (var autolink in autolinks.Where(a => !a.IsEmail && !IsAllowedLink(a.Url)))
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    /// <summary>True for http, https and mailto targets and site-relative addresses (not protocol-relative ones).</summary>
    public static bool IsAllowedLink(string? url) => Scheme(url) is { } scheme && (scheme.Length == 0 || LinkSchemes.Contains(scheme));

    /// <summary>True only for a media-library address: an image never loads from another host or an unchecked file.</summary>
    public static bool IsAllowedImage(string? url) => Features.Media.MediaUrls.ItemOf(url) is not null;

    /// <summary>
    /// The URL's scheme in lower case, "" for a site-relative address, or null for one that a browser could read as
    /// another host or that is not plainly either (a backslash, a leading "//", a colon before the path).
    /// </summary>
    private static string? Scheme(string? url)
    {
        // Browsers drop tabs and newlines anywhere in a URL and controls and spaces at its ends; dropping every one of
        // them, and anything else invisible, before looking is stricter than any browser.
        var visible = string.Concat((url ?? "").Where(c => c > ' ' && !char.IsControl(c) && !char.IsWhiteSpace(c)));
        if (visible.Contains('\\', StringComparison.Ordinal) || visible.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var pathStart = visible.IndexOfAny(['/', '?', '#']);
        var head = pathStart < 0 ? visible : visible[..pathStart];
        var colon = head.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return "";
        }

        var scheme = head[..colon];
        return scheme.Length > 0 && char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            ? scheme.ToLowerInvariant()
            : null;
    }

    /// <summary>Puts the link's content (its text, or an image's alt text) where the link was.</summary>
    internal static void Unwrap(LinkInline link)
    {
        foreach (var child in link.ToList())
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
