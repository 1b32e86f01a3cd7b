namespace Qujing.Web.Features.Editing.Presence;

public static class PresenceExtensions
{
    /// <summary>Edit presence: the heartbeat's store, the item check and the timing ("Presence").</summary>
    public static IServiceCollection AddQujingPresence(this IServiceCollection services)
    {
        services.AddOptions<PresenceOptions>().BindConfiguration("Presence")
            .Validate(o => o.HeartbeatSeconds > 0 && o.WindowSeconds > o.HeartbeatSeconds, "Presence:HeartbeatSeconds must be above zero and below Presence:WindowSeconds.")
            .ValidateOnStart();
        services.AddScoped<PresenceBoard>();
        services.AddScoped<PresenceItems>();
        return services;
    }
}
