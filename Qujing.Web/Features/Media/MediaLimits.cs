namespace Qujing.Web.Features.Media;

/// <summary>Lengths and sizes the media library holds to, checked before anything is stored.</summary>
public static class MediaLimits
{
    public const int FileName = 200;
    public const int Alt = 200;
    public const int Caption = 500;
    public const int Credit = 100;

    /// <summary>
    /// The most an upload request may carry, whatever <see cref="MediaOptions.MaxUploadBytes"/> says: a file between the
    /// two gets a field message; only a body beyond this gets the site's 413 page.
    /// </summary>
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    /// <summary>More pixels than this are refused before decoding (a small file can claim a huge canvas).</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>The longest side WebP can hold: a taller variant is made narrower instead.</summary>
    public const int MaxSide = 16383;

    /// <summary>The widths stored; an image narrower than one is kept at its own width, never enlarged.</summary>
    public static readonly int[] Widths = [480, 960, 1600];
}
