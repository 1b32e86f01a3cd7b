using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Qujing.Web.Features.Publishing;
using Qujing.Web.Infrastructure.Startup;

namespace Qujing.Web.Infrastructure.Health;

/// <summary>
/// Degraded while a change's follow-up work (search index, page cache) keeps failing: readers get the changed pages
/// but search may be behind. The reason is in the log; this answer is public and says only how long.
/// </summary>
public sealed class OutboxCheck(DatabaseReadiness readiness, Outbox outbox) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.Ready.IsCompletedSuccessfully)
        {
            return HealthCheckResult.Healthy("not checked before start-up has finished");
        }

        return await outbox.OldestFailureAsync(cancellationToken) is { } failing
            ? HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture,
                $"the search index has not followed a change since {failing.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC ({failing.Attempts} failed attempts; the reason is in the log)"))
            : HealthCheckResult.Healthy("every change has reached search and the page cache");
    }
}
