using Microsoft.Extensions.Diagnostics.HealthChecks;
using Qujing.Web.Infrastructure.Startup;

namespace Qujing.Web.Infrastructure.Health;

/// <summary>Ready only once the migration and first import (<see cref="DatabaseReadiness"/>) have finished.</summary>
public sealed class StartupCheck(DatabaseReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.Ready.Status switch
        {
            TaskStatus.RanToCompletion => HealthCheckResult.Healthy("start-up finished"),
            // The reason is in the log; this answer is public, and the reason may name the database's path.
            TaskStatus.Faulted => HealthCheckResult.Unhealthy("start-up failed; the site is stopping (the reason is in its log)"),
            TaskStatus.Canceled => HealthCheckResult.Unhealthy("start-up was cancelled; the site is stopping"),
            _ => HealthCheckResult.Unhealthy("starting: the database is being checked, migrated or imported"),
        });
}
