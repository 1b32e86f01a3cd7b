using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Qujing.Web.Data;
using Qujing.Web.Infrastructure.Startup;
using Qujing.Web.Infrastructure.Storage;

namespace Qujing.Web.Infrastructure.Health;

/// <summary>
/// The database answers and takes writes, tested on a connection of its own with each probe: a file replaced, removed or
/// made read-only under the running site shows here at once; a write that failed for want of room shows until a write
/// succeeds (<see cref="StorageStatus.LastFailure"/>). Nothing is asked before start-up has finished (the
/// migration holds the write lock, and the start-up gate is holding readers anyway).
/// </summary>
public sealed class DatabaseCheck(DatabaseReadiness readiness, QujingDbContext db, IStorageProbe probe, StorageStatus storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.Ready.IsCompletedSuccessfully)
        {
            return HealthCheckResult.Unhealthy("not checked before start-up has finished");
        }

        await using var connection = probe.CreateConnection(db.Database.GetConnectionString()!);
        StorageState state;
        try
        {
            state = await probe.ProbeAsync(connection, cancellationToken);
        }
        catch (DbException e)
        {
            return HealthCheckResult.Unhealthy("the database does not answer: " + e.Message);
        }

        storage.Record(state, connection.DataSource);
        return state switch
        {
            StorageState.ReadOnly readOnly => HealthCheckResult.Unhealthy("the database is read-only: " + readOnly.Reason),
            _ when storage.LastFailure is { } last => LastWriteFailed(last),
            StorageState.Busy busy => HealthCheckResult.Degraded("the database answers; another write held it too long to test writing: " + busy.Reason),
            _ => HealthCheckResult.Healthy("the database answers and takes writes"),
        };
    }

    /// <summary>
    /// The probe passed, but a real write failed since the last one that succeeded: a full disk shows only there (the
    /// probe's write is rolled back before it needs room). A busy database is a queue, not a fault.
    /// </summary>
    private static HealthCheckResult LastWriteFailed(StoredFailure last)
    {
        var reason = $"the last database write failed at {last.AtText} UTC: {last.Failure.Problem} ({last.Failure.Detail}); " +
                     "this clears when a write succeeds";
        return last.Failure.Kind == StorageFailureKind.Busy ? HealthCheckResult.Degraded(reason) : HealthCheckResult.Unhealthy(reason);
    }
}
