using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Media;

/// <summary>
/// Gives each Markdown image that points at a library photo its sizes (srcset, width, height) and lazy loading, and
/// its alt text from the library when the Markdown has none. An image whose photo does not exist (deleted, mistyped)
/// shows its alt text, as a refused one does.
/// </summary>
public static class MarkdownImages
{
    /// <param name="preloaded">The photos read before rendering (<see cref="MediaUrls.IdsIn"/>); when null they are read now.</param>
    public static void Apply(MarkdownDocument document, IMediaImages? media, IReadOnlyDictionary<int, MediaImage>? preloaded = null)
    {
        var images = document.Descendants<LinkInline>().Where(l => l.IsImage).ToList();
        if (images.Count == 0)
        {
            return;
        }

        var ids = images.Select(i => MediaUrls.ItemOf(i.Url)).OfType<int>().Distinct().ToList();
        var found = preloaded ?? media?.Find(ids) ?? new Dictionary<int, MediaImage>();
        foreach (var image in images)
        {
            if (MediaUrls.ItemOf(image.Url) is not { } id || !found.TryGetValue(id, out var photo))
            {
                MarkdownLinks.Unwrap(image);
                continue;
            }

            var (width, height) = photo.SrcSize;
            image.Url = photo.Src;
            if (!image.Descendants<LiteralInline>().Any(l => !l.Content.IsEmpty && l.Content.ToString().Trim().Length > 0))
            {
                image.AppendChild(new LiteralInline(photo.Alt));
            }

            var attributes = image.GetAttributes();
            attributes.AddProperty("srcset", photo.SrcSet);
            attributes.AddProperty("sizes", MediaImage.Sizes);
            attributes.AddProperty("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            attributes.AddProperty("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            attributes.AddProperty("loading", "lazy");
            attributes.AddProperty("decoding", "async");
        }
    }
}
