namespace Qujing.Web.Features.Media;

/// <summary>An upload turned upright, stripped of its metadata and encoded at each width; or why it could not be.</summary>
public sealed record ProcessedImage(int Width, int Height, string Hash, IReadOnlyList<EncodedVariant> Variants, string? Error = null)
{
    public static ProcessedImage Refused(string error) => new(0, 0, "", [], error);
}

/// <summary>One encoded size.</summary>
public sealed record EncodedVariant(int Width, int Height, string Format, byte[] Bytes);
