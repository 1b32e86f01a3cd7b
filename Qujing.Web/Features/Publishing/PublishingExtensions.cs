namespace Qujing.Web.Features.Publishing;

/// <summary>The outbox that makes a change's follow-up work (search, caches) reliable.</summary>
public static class PublishingExtensions
{
    public static IServiceCollection AddQujingPublishing(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        services.AddScoped<Outbox>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
