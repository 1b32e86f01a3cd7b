namespace Qujing.Web.Photos;

/// <summary>The <c>Media</c> configuration section.</summary>
public sealed class MediaOptions
{
    /// <summary>The largest photo an editor may upload, in bytes (at most <see cref="MediaLimits.MaxRequestBytes"/>).</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;
}
