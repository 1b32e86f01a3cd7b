namespace Qujing.Web.Features.Sharing;

/// <summary>Share images are drawn on request and kept in memory: any instance draws the same bytes for the same card.</summary>
public static class SharingExtensions
{
    public static IServiceCollection AddQujingSharing(this IServiceCollection services) => services.AddSingleton<ShareImageCache>();
}
