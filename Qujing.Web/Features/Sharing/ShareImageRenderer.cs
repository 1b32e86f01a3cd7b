using SkiaSharp;

namespace Qujing.Web.Features.Sharing;

/// <summary>Draws a share card as a 1200×630 PNG (the size WeChat, Weibo and OpenGraph readers crop least), the same bytes on every machine.</summary>
public static class ShareImageRenderer
{
    private const float Margin = 88;
    private const float LineHeight = 1.3f;
    private static readonly SKColor Paper = SKColor.Parse("#fdfcf9");

    /// <summary>Title sizes tried in turn, with the lines each may take; the last one cuts what still does not fit.</summary>
    private static readonly (float Size, int Lines)[] TitleSizes = [(128, 2), (112, 2), (96, 2), (84, 2), (72, 3), (60, 3)];

    public static byte[] Render(ShareCard card)
    {
        using var surface = SKSurface.Create(new SKImageInfo(ShareCard.Width, ShareCard.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        var accent = SKColor.Parse(card.Accent);
        canvas.Clear(accent);
        using var paper = new SKPaint { Color = Paper, IsAntialias = true };
        using var faint = new SKPaint { Color = Paper.WithAlpha(205), IsAntialias = true };

        using (var kicker = ShareFont.At(34))
        {
            canvas.DrawText(card.Kicker, Margin, 112, SKTextAlign.Left, kicker, faint);
        }

        var top = 170f;
        if (card.Badge is { } badge)
        {
            using var number = ShareFont.At(46);
            var width = number.MeasureText(badge) + 40;
            canvas.DrawRoundRect(new SKRoundRect(SKRect.Create(Margin, top, width, 70), 8), paper);
            using var ink = new SKPaint { Color = accent, IsAntialias = true };
            canvas.DrawText(badge, Margin + (width / 2), top + 52, SKTextAlign.Center, number, ink);
            top += 110;
        }

        DrawTitle(canvas, card.Title, top, card.Footer.Length > 0 ? 500 : 560, paper);

        if (card.Footer.Length > 0)
        {
            canvas.DrawRect(Margin, 528, 96, 5, faint);
            using var footer = ShareFont.At(34);
            canvas.DrawText(card.Footer, Margin - 14, 586, SKTextAlign.Left, footer, faint);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// The title at the largest size that fits between <paramref name="top"/> and <paramref name="bottom"/>, centred in
    /// that space: set in its phrases if they fit at any size, else broken between characters, else cut.
    /// </summary>
    private static void DrawTitle(SKCanvas canvas, string title, float top, float bottom, SKPaint paint)
    {
        const float width = ShareCard.Width - (2 * Margin);
        var layouts = TitleSizes.Select(s => (s.Size, Lines: Layout(title, s.Size, width, s.Lines, TitleLines.Phrases)))
            .Concat(TitleSizes.Select(s => (s.Size, Lines: Layout(title, s.Size, width, s.Lines, TitleLines.Break))));
        var (size, lines) = layouts.FirstOrDefault(l => l.Lines is { } fits && fits.Count * l.Size * LineHeight <= bottom - top);
        if (lines is null)
        {
            size = TitleSizes[^1].Size;
            using var smallest = ShareFont.At(size);
            lines = Cut(title, smallest, width, TitleSizes[^1].Lines);
        }

        using var font = ShareFont.At(size);
        var baseline = top + ((bottom - top - (lines.Count * size * LineHeight)) / 2) + (size * 1.02f);
        foreach (var line in lines)
        {
            canvas.DrawText(line, Margin - (size * 0.04f), baseline, SKTextAlign.Left, font, paint);
            baseline += size * LineHeight;
        }
    }

    private static IReadOnlyList<string>? Layout(string title, float size, float width, int maxLines, Func<string, Func<string, float>, float, int, IReadOnlyList<string>?> breaker)
    {
        using var font = ShareFont.At(size);
        return breaker(title, t => font.MeasureText(t), width, maxLines);
    }

    /// <summary>A title too long for any size: as many whole characters as the lines hold, and an ellipsis.</summary>
    private static List<string> Cut(string title, SKFont font, float width, int maxLines)
    {
        var lines = new List<string>();
        var rest = title;
        while (rest.Length > 0 && lines.Count < maxLines)
        {
            var take = (int)font.BreakText(rest, width);
            if (lines.Count == maxLines - 1 && take < rest.Length)
            {
                take = (int)font.BreakText(rest, width - font.MeasureText("…"));
                lines.Add(rest[..take] + "…");
                break;
            }

            lines.Add(rest[..take]);
            rest = rest[take..];
        }

        return lines;
    }
}
