using System.Data.Common;
using Npgsql;
using Qujing.Web.Infrastructure.Health;

namespace Qujing.Web.Data.Postgres;

/// <summary>
/// Asks PostgreSQL whether this session may write: a hot standby, or a database set to
/// <c>default_transaction_read_only</c>, says <c>transaction_read_only = on</c>. Busy never shows here: a writer waits
/// for a row lock, not for the whole database as on SQLite.
/// </summary>
public sealed class PostgresStorageProbe : IStorageProbe
{
    /// <summary>Seconds a probe may take: it must answer well within an orchestrator's timeout.</summary>
    private const int TimeoutSeconds = 2;

    public async Task<StorageState> ProbeAsync(DbConnection connection, CancellationToken ct)
    {
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT current_setting('transaction_read_only')";
            return await command.ExecuteScalarAsync(ct) is "on"
                ? new StorageState.ReadOnly("the server accepts no writes (transaction_read_only is on: a standby, or default_transaction_read_only)")
                : new StorageState.Writable();
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    public DbConnection CreateConnection(string connectionString) =>
        new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Timeout = TimeoutSeconds, CommandTimeout = TimeoutSeconds }.ToString());
}
