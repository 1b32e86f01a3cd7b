namespace Qujing.Web.Infrastructure.Compression;

/// <summary>
/// The two settings a response is compressed at (decision 0015, with the measurements behind each number). What the
/// page cache keeps is compressed once and then served to every reader, so it gets the smallest output whatever the
/// cost; everything else (a search asked once, a 404, an admin page, a static file) is compressed on every request,
/// so it gets the setting that is cheapest for a good size.
/// </summary>
public static class CompressionLevels
{
    /// <summary>Brotli's smallest setting: about 15 ms of CPU per page here, paid once per cached entry.</summary>
    public const int KeptBrotli = 11;

    /// <summary>zlib's smallest setting, for clients without Brotli.</summary>
    public const int KeptGzip = 9;

    /// <summary>About 0.09 ms per page, and a third larger than <see cref="KeptBrotli"/>; quality 1 saves little time for a fifth more bytes.</summary>
    public const int PassingBrotli = 2;

    /// <summary>About 0.06 ms per page, as large as <see cref="PassingBrotli"/>'s output.</summary>
    public const int PassingGzip = 2;
}
