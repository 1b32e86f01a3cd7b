using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Qujing.Web.Infrastructure.Health;

/// <summary>
/// Asks SQLite whether it would write. <c>BEGIN IMMEDIATE</c> alone does not tell: SQLite grants it on a read-only
/// connection and refuses only the first page write. So a header write is made and rolled back: the user version is set
/// to the value it has, inside a transaction that never commits; nothing reaches the file or the WAL.
/// </summary>
public sealed class SqliteStorageProbe : IStorageProbe
{
    /// <summary>Seconds to wait for another writer's lock: a probe must answer well within an orchestrator's timeout.</summary>
    private const int BusyTimeoutSeconds = 2;

    private const int SqliteBusy = 5;
    private const int SqliteReadOnly = 8;

    /// <summary>Any failure other than read-only or busy — not a database, cannot open — is thrown: it is not a question of writing.</summary>
    public async Task<StorageState> ProbeAsync(DbConnection connection, CancellationToken ct)
    {
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var read = connection.CreateCommand();
            read.CommandText = "PRAGMA user_version";
            var version = Convert.ToInt64(await read.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);

            // Microsoft.Data.Sqlite begins IMMEDIATE unless asked for a deferred transaction: the write lock is taken
            // here, so a busy database shows as busy rather than as a failed write later.
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using var write = connection.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = $"PRAGMA user_version = {version.ToString(CultureInfo.InvariantCulture)}";
            await write.ExecuteNonQueryAsync(ct);
            await transaction.RollbackAsync(ct);
            return new StorageState.Writable();
        }
        catch (SqliteException e) when (PrimaryCode(e) == SqliteReadOnly)
        {
            return new StorageState.ReadOnly(e.Message);
        }
        catch (SqliteException e) when (PrimaryCode(e) == SqliteBusy)
        {
            return new StorageState.Busy(e.Message);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>The site's own connection string, except that a missing file is reported, never created empty.</summary>
    public DbConnection CreateConnection(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        builder.DefaultTimeout = Math.Min(builder.DefaultTimeout, BusyTimeoutSeconds);
        return new SqliteConnection(builder.ToString());
    }

    /// <summary>The primary result code (SQLITE_READONLY_DBMOVED and the like carry SQLITE_READONLY in their low byte).</summary>
    private static int PrimaryCode(SqliteException e) => e.SqliteErrorCode & 0xFF;
}
