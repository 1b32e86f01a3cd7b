using System.Buffers.Binary;
using System.Globalization;
using SkiaSharp;

namespace Qujing.Web.Features.Sharing;

/// <summary>
/// The site's icon, 曲 on the accent colour, drawn from the shipped font's outline (a visitor's fonts never matter):
/// as PNG for phones' home screens, as an ICO for browsers that ask for /favicon.ico, and as SVG paths.
/// </summary>
public static class IconRenderer
{
    private const string Mark = "曲";

    /// <summary>The sizes a favicon.ico holds: tabs (16), taskbars and bookmarks (32), Windows tiles (48).</summary>
    public static readonly int[] IcoSizes = [16, 32, 48];

    private static readonly Lazy<byte[]> TouchIcon = new(() => Png(180, rounded: false));
    private static readonly Lazy<byte[]> IcoFile = new(() => Ico([.. IcoSizes.Select(s => Png(s, rounded: true))], IcoSizes));
    private static readonly Lazy<string> SvgFile = new(Svg);

    /// <summary>180×180 for iOS, square: iOS rounds the corners itself.</summary>
    public static byte[] AppleTouchIcon => TouchIcon.Value;

    public static byte[] FaviconIco => IcoFile.Value;

    public static string FaviconSvg => SvgFile.Value;

    /// <summary>The mark's outline, centred in a square of the given side.</summary>
    private static SKPath Glyph(float side)
    {
        using var font = ShareFont.At(side * 0.7f);
        var path = font.GetTextPath(Mark, SKPoint.Empty);
        var bounds = path.TightBounds;
        path.Transform(SKMatrix.CreateTranslation((side / 2) - bounds.MidX, (side / 2) - bounds.MidY));
        return path;
    }

    private static byte[] Png(int side, bool rounded)
    {
        using var surface = SKSurface.Create(new SKImageInfo(side, side, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using var accent = new SKPaint { Color = SKColor.Parse(ShareCards.Brand), IsAntialias = true };
        canvas.DrawRoundRect(new SKRoundRect(SKRect.Create(side, side), rounded ? side * 0.1875f : 0), accent);
        using var glyph = Glyph(side);
        using var paper = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawPath(glyph, paper);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>An ICO file whose images are PNGs (every browser since 2007 reads those).</summary>
    private static byte[] Ico(byte[][] images, int[] sides)
    {
        var header = 6 + (16 * images.Length);
        var ico = new byte[header + images.Sum(i => i.Length)];
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(4), (ushort)images.Length);
        var offset = header;
        for (var i = 0; i < images.Length; i++)
        {
            var entry = ico.AsSpan(6 + (16 * i), 16);
            entry[0] = entry[1] = (byte)(sides[i] >= 256 ? 0 : sides[i]);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[4..], 1);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[6..], 32);
            BinaryPrimitives.WriteInt32LittleEndian(entry[8..], images[i].Length);
            BinaryPrimitives.WriteInt32LittleEndian(entry[12..], offset);
            images[i].CopyTo(ico, offset);
            offset += images[i].Length;
        }

        return ico;
    }

    private static string Svg()
    {
        using var glyph = Glyph(32);
        var path = glyph.ToSvgPathData();
        return string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><rect width=\"32\" height=\"32\" rx=\"6\" fill=\"{ShareCards.Brand}\"/><path fill=\"#fff\" d=\"{path}\"/></svg>");
    }
}
