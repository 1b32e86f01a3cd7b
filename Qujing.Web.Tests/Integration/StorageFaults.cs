using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// A full disk or a read-only file under a running site, switched on and off by a test, on every connection the site's
/// DbContext opens (the site's tests run with <c>Pooling=False</c>, so each open is a fresh connection). A full disk is
/// SQLite's own limit: <c>max_page_count</c> cannot go below the file's size, so asking for 1 pins it there and SQLite
/// refuses any write that needs a new page with SQLITE_FULL, "database or disk is full". Read-only opens the file with
/// <c>Mode=ReadOnly</c>, which SQLite answers as it does a file it may not write (tests run as root, which file
/// permissions do not stop). <see cref="FullAt"/> fills the disk between two writes of one request: the command whose
/// SQL contains it fails as SQLite fails a write it has no room for.
/// </summary>
public sealed class StorageFaults : DbConnectionInterceptor, IDbCommandInterceptor
{
    private volatile bool _diskFull;
    private volatile bool _readOnly;
    private volatile string? _fullAt;

    public bool DiskFull { get => _diskFull; set => _diskFull = value; }

    public bool ReadOnly { get => _readOnly; set => _readOnly = value; }

    public string? FullAt { get => _fullAt; set => _fullAt = value; }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        FullAt is { } sql && command.CommandText.Contains(sql, StringComparison.Ordinal)
            ? throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13)
            : ValueTask.FromResult(result);

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        // The DbContext keeps its connection for its one request: its string is set again on every open, either way.
        connection.ConnectionString = new SqliteConnectionStringBuilder(connection.ConnectionString)
        {
            Mode = ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        }.ToString();
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ConnectionOpening(connection, eventData, result));

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (DiskFull)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA max_page_count = 1";
            command.ExecuteNonQuery();
        }
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ConnectionOpened(connection, eventData);
        return Task.CompletedTask;
    }
}
