using SkiaSharp;

namespace Qujing.Web.Features.Sharing;

/// <summary>
/// The one font share images and icons are drawn with: a subset of Noto Sans CJK SC Bold that the site ships inside
/// its assembly (decision 0021), so a machine with no fonts at all draws the same pixels as any other.
/// </summary>
public static class ShareFont
{
    private const string Resource = "Qujing.Web.Features.Sharing.Fonts.NotoSansSC-Bold-subset.otf";

    private static readonly Lazy<SKTypeface> Loaded = new(() =>
    {
        using var stream = typeof(ShareFont).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The share font {Resource} is not embedded.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The share font {Resource} cannot be read.");
    });

    public static SKTypeface Typeface => Loaded.Value;

    public static SKFont At(float size) => new(Typeface, size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    /// <summary>True when every character of the text has a glyph (the subset holds GB2312 and the content's own characters).</summary>
    public static bool Covers(string text)
    {
        using var font = At(12);
        return font.ContainsGlyphs(text);
    }
}
