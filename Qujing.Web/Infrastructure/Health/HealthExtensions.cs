using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Qujing.Web.Infrastructure.Storage;
using Serilog.Core;

namespace Qujing.Web.Infrastructure.Health;

/// <summary>
/// <c>/healthz/live</c>: the process answers (no check, nothing touches the database). <c>/healthz/ready</c>: start-up
/// has finished and the database answers and takes writes; 503 with the reasons otherwise. See decision 0010.
/// </summary>
public static class HealthExtensions
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddQujingHealth(this IServiceCollection services)
    {
        services.AddSingleton<StorageStatus>();
        services.AddSingleton<StorageWriteObserver>();
        services.AddSingleton<ILogEventFilter, StorageFailureLogFilter>();
        services.AddHealthChecks()
            .AddCheck<StartupCheck>("startup", tags: [ReadyTag])
            .AddCheck<DatabaseCheck>("database", tags: [ReadyTag])
            .AddCheck<OutboxCheck>("follow-up", tags: [ReadyTag]);
        return services;
    }

    /// <summary>
    /// First in the pipeline: probes come from the orchestrator over plain HTTP on the instance's own address, so they must
    /// pass before the HTTPS redirect (a 307 counts as success for a Kubernetes probe), the page cache, the start-up
    /// gate (ready says "starting" meanwhile), request logging (a probe every few seconds) and the rate limiter. The
    /// framework's middleware marks every answer no-store.
    /// </summary>
    public static IApplicationBuilder UseQujingHealthChecks(this IApplicationBuilder app) => app
        .UseHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync })
        .UseHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthResponse.WriteAsync });
}
