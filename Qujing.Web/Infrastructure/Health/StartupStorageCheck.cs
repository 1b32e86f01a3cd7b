using System.Data.Common;

namespace Qujing.Web.Infrastructure.Health;

/// <summary>
/// Start-up's write probe, after the integrity check and before migrating. A read-only database that is already
/// migrated is served read-only (<see cref="StorageStatus"/>); one that still needs its tables made cannot be, and
/// start-up stops with a message saying what to fix, rather than with SQLite's "attempt to write a readonly database".
/// </summary>
public static class StartupStorageCheck
{
    public static async Task RunAsync(IServiceProvider services, DbConnection connection, bool needsMigrating, CancellationToken ct)
    {
        var state = await services.GetRequiredService<IStorageProbe>().ProbeAsync(connection, ct);
        if (needsMigrating && state is StorageState.ReadOnly readOnly)
        {
            throw new InvalidOperationException(
                $"The database {connection.DataSource} is read-only, so it cannot be migrated or filled ({readOnly.Reason}). " +
                "Make the file, its folder and any -wal and -shm files beside it writable by the site's user, or point ConnectionStrings:Qujing at a writable file.");
        }

        services.GetRequiredService<StorageStatus>().Record(state, connection.DataSource);
    }
}
