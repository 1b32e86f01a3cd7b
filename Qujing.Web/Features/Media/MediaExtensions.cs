namespace Qujing.Web.Features.Media;

/// <summary>The media library's services and its upload limit (section "Media").</summary>
public static class MediaExtensions
{
    public static IServiceCollection AddQujingMedia(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration("Media")
            .Validate(o => o.MaxUploadBytes is > 0 and <= MediaLimits.MaxRequestBytes, $"Media:MaxUploadBytes must be between 1 and {MediaLimits.MaxRequestBytes}.")
            .Validate(o => o.MaxConcurrentProcessing is >= 1 and <= 8 && o.ProcessingWaitSeconds > 0, "Media:MaxConcurrentProcessing must be 1 to 8 and Media:ProcessingWaitSeconds above zero.")
            .ValidateOnStart();
        services.AddSingleton<ImageProcessingGate>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<MediaUses>();
        services.AddSingleton<IMediaImages, MediaImageLookup>();
        return services;
    }
}
