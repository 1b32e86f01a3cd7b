using System.Security.Cryptography;
using SkiaSharp;

namespace Qujing.Web.Features.Media;

/// <summary>
/// Turns an upload into what readers get (decision 0025): the real type checked from its bytes, turned upright by its
/// EXIF orientation, and re-encoded from pixels at each width of <see cref="MediaLimits.Widths"/> that it reaches. Only
/// pixels are written back, so EXIF (GPS, camera serials), XMP and ICC comments are gone from every variant.
/// </summary>
public static class ImageProcessor
{
    private const int WebpQuality = 80;
    private const int JpegQuality = 82;

    /// <summary>The JPEG copy share-image readers get: WeChat and some crawlers still do not read WebP.</summary>
    public const string ShareFormat = "jpg";

    public static ProcessedImage Process(byte[] bytes)
    {
        if (ImageKind.Of(bytes) is null)
        {
            return ProcessedImage.Refused("只能上传 JPEG、PNG 或 WebP 图片；这个文件的内容不是其中任何一种（与文件扩展名无关）。");
        }

        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return ProcessedImage.Refused("图片文件已损坏或不完整，无法读取。请重新导出后再上传。");
        }

        if ((long)codec.Info.Width * codec.Info.Height > MediaLimits.MaxPixels)
        {
            return ProcessedImage.Refused($"图片像素过多（{codec.Info.Width}×{codec.Info.Height}），请先缩小到 5000 万像素以内。");
        }

        var origin = codec.EncodedOrigin;
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (uprightWidth, uprightHeight) = swaps ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
        var largestWidth = LargestWidth(uprightWidth, uprightHeight);
        if (largestWidth < 1)
        {
            return ProcessedImage.Refused($"图片尺寸过大：宽、高之比过于悬殊（{uprightWidth}×{uprightHeight}），高度不能超过宽度的 {MediaLimits.MaxSide} 倍。请裁切后再上传。");
        }

        var info = DecodeInfo(codec, (double)largestWidth / uprightWidth);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return ProcessedImage.Refused("图片文件已损坏或不完整，无法读取。请重新导出后再上传。");
        }

        using var turned = origin == SKEncodedOrigin.TopLeft ? null : Upright(decoded, origin);
        var upright = turned ?? decoded;
        largestWidth = Math.Min(largestWidth, upright.Width);
        var widths = MediaLimits.Widths.Where(w => w < largestWidth).Append(largestWidth).Distinct().Order().ToList();
        var variants = new List<EncodedVariant>();
        foreach (var width in widths)
        {
            var height = Math.Clamp((int)Math.Round((double)uprightHeight * width / uprightWidth), 1, MediaLimits.MaxSide);
            using var sized = width == upright.Width && height == upright.Height ? null : upright.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var image = SKImage.FromBitmap(sized ?? upright);
            using var opaque = width == widths[^1] ? Opaque(image) : null;
            var webp = Encode(image, SKEncodedImageFormat.Webp, WebpQuality);
            var jpeg = opaque is null ? [] : Encode(opaque, SKEncodedImageFormat.Jpeg, JpegQuality);
            if (webp is null || jpeg is null)
            {
                return ProcessedImage.Refused("这张图片无法转换为网页图片格式。请用常见的尺寸重新导出为 JPEG 或 PNG 后再上传。");
            }

            variants.Add(new EncodedVariant(width, height, "webp", webp));
            if (opaque is not null)
            {
                variants.Add(new EncodedVariant(width, height, ShareFormat, jpeg));
            }
        }

        var largest = variants[^1];
        var hash = Convert.ToHexStringLower(SHA256.HashData(largest.Bytes))[..16];
        return new ProcessedImage(largest.Width, largest.Height, hash, variants);
    }

    /// <summary>
    /// The widest variant: the source's width, at most the largest of <see cref="MediaLimits.Widths"/>, and narrow enough
    /// that a very tall image (a long screenshot) stays within WebP's <see cref="MediaLimits.MaxSide"/>. 0 when no width does.
    /// </summary>
    private static int LargestWidth(int width, int height) =>
        (int)Math.Min(Math.Min(width, MediaLimits.Widths[^1]), (long)MediaLimits.MaxSide * width / height);

    /// <summary>
    /// The size to decode at: a JPEG far larger than it will be shown is decoded at a fraction of its size (the decoder
    /// scales by 1/8 steps for free), about twice the widest variant, which keeps the resize sharp and the memory small.
    /// </summary>
    private static SKImageInfo DecodeInfo(SKCodec codec, double scale)
    {
        var size = codec.Info.Size;
        if (scale < 0.5)
        {
            var scaled = codec.GetScaledDimensions((float)(scale * 2));
            if (scaled.Width >= codec.Info.Width * scale && scaled.Height >= codec.Info.Height * scale)
            {
                size = scaled;
            }
        }

        return new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
    }

    /// <summary>The encoded bytes; null when the encoder gives up (Skia returns null rather than throwing).</summary>
    private static byte[]? Encode(SKImage image, SKEncodedImageFormat format, int quality)
    {
        using var data = image.Encode(format, quality);
        return data?.ToArray();
    }

    /// <summary>JPEG has no transparency: a transparent PNG is put on white, not on black.</summary>
    private static SKImage Opaque(SKImage image)
    {
        using var surface = SKSurface.Create(new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return surface.Snapshot();
    }

    /// <summary>The pixels as the camera meant them to be seen (EXIF orientation), since the tag itself is dropped.</summary>
    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        var (w, h) = (source.Width, source.Height);
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        var result = new SKBitmap(new SKImageInfo(swaps ? h : w, swaps ? w : h, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return result;
    }
}
