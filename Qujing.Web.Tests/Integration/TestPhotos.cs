using System.Buffers.Binary;
using SkiaSharp;

namespace Qujing.Web.Tests.Integration;

/// <summary>Small photos made in the test, and an EXIF block (orientation and GPS) put into a JPEG by hand: Skia cannot write EXIF.</summary>
public static class TestPhotos
{
    /// <summary>The latitude the GPS block carries, as its three rationals' bytes: found in a file, the position is still there.</summary>
    public static readonly byte[] Latitude = [25, 0, 0, 0, 1, 0, 0, 0, 30, 0, 0, 0, 1, 0, 0, 0, 7, 0, 0, 0, 1, 0, 0, 0];

    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    /// <summary>A JPEG whose EXIF says "rotate 90° clockwise to view" (orientation 6) and where it was taken (GPS).</summary>
    public static byte[] JpegWithGpsAndOrientation(int width, int height)
    {
        var jpeg = Jpeg(width, height);
        var exif = ExifBlock();
        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(segment, 4);

        // Right after the start-of-image marker, where cameras put it.
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>A small JPEG whose frame header claims <paramref name="width"/>×<paramref name="height"/> (a decompression bomb's trick).</summary>
    public static byte[] JpegClaiming(int width, int height)
    {
        var jpeg = Jpeg(16, 16);
        var frame = jpeg.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xC0]);
        Assert.True(frame > 0, "the test JPEG has a baseline frame header");
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(frame + 5), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(frame + 7), (ushort)width);
        return jpeg;
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawRect(0, 0, width / 2f, height / 2f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>"Exif\0\0", a little-endian TIFF header, IFD0 (orientation, GPS pointer) and a GPS IFD (latitude N 25°30'7").</summary>
    private static byte[] ExifBlock()
    {
        var tiff = new byte[68 + Latitude.Length];
        var s = tiff.AsSpan();
        "II"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt16LittleEndian(s[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], 8);

        // IFD0 at 8: two entries, then no next IFD; the GPS IFD follows at 38.
        BinaryPrimitives.WriteUInt16LittleEndian(s[8..], 2);
        Entry(s[10..], 0x0112, 3, 1, 6);
        Entry(s[22..], 0x8825, 4, 1, 38);
        BinaryPrimitives.WriteUInt32LittleEndian(s[34..], 0);

        // GPS IFD at 38: latitude reference "N" (inline) and the latitude (three rationals at 68).
        BinaryPrimitives.WriteUInt16LittleEndian(s[38..], 2);
        Entry(s[40..], 0x0001, 2, 2, 'N');
        Entry(s[52..], 0x0002, 5, 3, 68);
        BinaryPrimitives.WriteUInt32LittleEndian(s[64..], 0);
        Latitude.CopyTo(s[68..]);
        return [.. "Exif\0\0"u8, .. tiff];
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
    }
}
