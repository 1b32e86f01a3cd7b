namespace Qujing.Web.Features.Media;

/// <summary>The <c>Media</c> configuration section.</summary>
public sealed class MediaOptions
{
    /// <summary>The largest photo an editor may upload, in bytes (at most <see cref="MediaLimits.MaxRequestBytes"/>).</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Uploads decoded and resized at once by one instance (1–8): each may hold a few hundred megabytes.</summary>
    public int MaxConcurrentProcessing { get; set; } = 2;

    /// <summary>How long an upload waits for its turn before the editor is asked to try again.</summary>
    public int ProcessingWaitSeconds { get; set; } = 60;
}
