namespace Qujing.Web.Photos;

/// <summary>The media library's services and its upload limit (section "Media").</summary>
public static class MediaExtensions
{
    public static IServiceCollection AddQujingMedia(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration("Media")
            .Validate(o => o.MaxUploadBytes is > 0 and <= MediaLimits.MaxRequestBytes, $"Media:MaxUploadBytes must be between 1 and {MediaLimits.MaxRequestBytes}.")
            .ValidateOnStart();
        services.AddScoped<MediaLibrary>();
        services.AddSingleton<IMediaImages, MediaImageLookup>();
        return services;
    }
}
