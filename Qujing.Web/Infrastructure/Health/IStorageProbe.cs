using System.Data.Common;

namespace Qujing.Web.Infrastructure.Health;

/// <summary>Asks the database, for one provider, whether it would take a write (start-up and <c>/healthz/ready</c>).</summary>
public interface IStorageProbe
{
    /// <summary>
    /// Probes over <paramref name="connection"/> (opened here if closed). A database that does not answer at all throws
    /// (a <see cref="DbException"/>): that is not a question of writing.
    /// </summary>
    Task<StorageState> ProbeAsync(DbConnection connection, CancellationToken ct);

    /// <summary>A connection of the probe's own to the site's database, which reports a missing database rather than making one.</summary>
    DbConnection CreateConnection(string connectionString);
}
