using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Qujing.Web.Data.Postgres;

/// <summary>
/// Every EF transaction on PostgreSQL first takes one transaction-scoped advisory lock, so writers queue one after another
/// as they do on SQLite (whose transactions begin IMMEDIATE, with the write lock): an editor's save, a re-import or a
/// creation reads and writes with no other writer in between, on every instance, and the code that relies on that
/// (AtomicSave, Reimporter, ContentCreator) stays provider-neutral. Released at commit or rollback. Readers never take it.
/// </summary>
public sealed class PostgresWriteLock : DbTransactionInterceptor
{
    /// <summary>The lock's key, shared by every instance ("qujing-w" in ASCII); the start-up lock has another.</summary>
    public const long Key = 0x71756A696E672D77;

    public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = result;
        command.CommandText = $"SELECT pg_advisory_xact_lock({Key})";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = connection.CreateCommand();
        command.Transaction = result;
        command.CommandText = $"SELECT pg_advisory_xact_lock({Key})";
        command.ExecuteNonQuery();
        return result;
    }
}
