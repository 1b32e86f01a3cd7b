using System.Xml.Linq;
using AngleSharp.Dom;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// Finds URL attributes a browser could act on dangerously: a scheme other than http, https or mailto, a
/// protocol-relative or backslashed address, or (for images) anything but a site-relative one.
/// </summary>
internal static class UnsafeUrls
{
    private static readonly string[] UrlAttributes = ["href", "src", "srcset", "action", "formaction", "poster", "xlink:href", "background", "cite"];

    public static List<string> In(IDocument page) =>
        [.. page.All.SelectMany(e => e.Attributes.Where(a => UrlAttributes.Contains(a.Name, StringComparer.OrdinalIgnoreCase))
            .Where(a => !IsSafe(a.Value, image: e.LocalName is "img" or "source" or "video" or "audio"))
            .Select(a => $"<{e.LocalName} {a.Name}=\"{a.Value}\">"))];

    public static List<string> InXml(string xml) =>
        [.. XDocument.Parse(xml).Descendants().SelectMany(e => e.Attributes())
            .Where(a => UrlAttributes.Contains(a.Name.LocalName, StringComparer.OrdinalIgnoreCase) && !IsSafe(a.Value, image: false))
            .Select(a => $"{a.Name.LocalName}=\"{a.Value}\"")];

    private static bool IsSafe(string url, bool image)
    {
        var bare = string.Concat(url.Where(c => c > ' ' && !char.IsControl(c))).ToLowerInvariant();
        if (bare.StartsWith("//", StringComparison.Ordinal) || bare.Contains('\\', StringComparison.Ordinal))
        {
            return false;
        }

        var end = bare.IndexOfAny(['/', '?', '#']);
        var hasScheme = (end < 0 ? bare : bare[..end]).Contains(':', StringComparison.Ordinal);
        return !hasScheme || (!image && (bare.StartsWith("http://", StringComparison.Ordinal) || bare.StartsWith("https://", StringComparison.Ordinal) || bare.StartsWith("mailto:", StringComparison.Ordinal)));
    }
}
