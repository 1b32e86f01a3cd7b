namespace Qujing.Web.Features.Media;

/// <summary>What a file really is, read from its first bytes: its name and declared type are the uploader's claims.</summary>
public static class ImageKind
{
    /// <summary>"JPEG", "PNG" or "WebP"; null for anything else.</summary>
    public static string? Of(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "JPEG";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "PNG";
        }

        return head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? "WebP" : null;
    }
}
