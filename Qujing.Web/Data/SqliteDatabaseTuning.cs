using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Infrastructure.Startup;

namespace Qujing.Web.Data;

/// <summary>
/// WAL lets readers go on while an editor writes; it is a property of the database file, so it is set once.
/// The busy timeout is per connection and comes from the connection string ("Default Timeout").
/// Before migrating: an integrity check, and the migration lock a killed start left behind.
/// </summary>
public sealed class SqliteDatabaseTuning(string connectionString, ILogger<SqliteDatabaseTuning> log, TimeProvider clock) : IDatabaseTuning
{
    private const string LockTable = "__EFMigrationsLock";

    /// <summary>
    /// A lock this old was left by a start that was killed mid-migration; a live one is released within seconds
    /// (the whole migration set applies in well under a second here).
    /// </summary>
    private static readonly TimeSpan StaleLockAge = TimeSpan.FromSeconds(30);

    public DbConnection CreateConnection()
    {
        var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
        if (connection.DataSource is { Length: > 0 } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return connection;
    }

    public async Task BeforeMigrateAsync(DbConnection connection, CancellationToken ct)
    {
        await CheckIntegrityAsync(connection, ct);
        await ClearStaleMigrationLockAsync(connection, ct);
    }

    public async Task ApplyAsync(QujingDbContext db, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

    /// <summary>
    /// A damaged page (a bad disk, a copy taken mid-write) otherwise goes unnoticed until an editor opens the page
    /// that reads it. Refusing to start keeps the damage from spreading and says where to look; quick_check reads every
    /// page once (milliseconds for this site's database).
    /// </summary>
    private static async Task CheckIntegrityAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(5)";
        var problems = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                problems.Add(reader.GetString(0));
            }
        }

        if (problems is not ["ok"])
        {
            throw new InvalidOperationException(
                $"The database {connection.DataSource} failed its integrity check ({string.Join("; ", problems)}). " +
                "Restore the latest backup (README, \"Backups and recovery\") or repair it with the sqlite3 shell's .recover.");
        }
    }

    /// <summary>
    /// EF Core's SQLite migration lock is a row that a start removes when it is done, and waits for without end while it
    /// exists: a start killed mid-migration would leave every later start hanging. The site is the only writer of its
    /// file, so a lock older than <see cref="StaleLockAge"/> is cleared; a younger one is waited for, that long at most.
    /// </summary>
    private async Task ClearStaleMigrationLockAsync(DbConnection connection, CancellationToken ct)
    {
        DateTimeOffset? waitingSince = null;
        while (await MigrationLockAsync(connection, ct) is (true, var takenAt))
        {
            var now = clock.GetUtcNow();
            if (takenAt is not { } at || now - at > StaleLockAge || now - (waitingSince ?? now) > StaleLockAge)
            {
                log.LogWarning("Cleared a migration lock taken at {TakenAt}: a start that was stopped mid-migration left it behind", takenAt);
                await using var delete = connection.CreateCommand();
                delete.CommandText = $"DELETE FROM \"{LockTable}\"";
                await delete.ExecuteNonQueryAsync(ct);
                return;
            }

            if (waitingSince is null)
            {
                log.LogWarning("Another process is migrating the database (lock taken at {TakenAt}); waiting for it", takenAt);
                waitingSince = now;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), clock, ct);
        }
    }

    /// <returns>Whether a lock row exists, and when it was taken (null when that cannot be read).</returns>
    private static async Task<(bool Held, DateTimeOffset? TakenAt)> MigrationLockAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Timestamp\" FROM \"{LockTable}\" LIMIT 1";
        try
        {
            return await command.ExecuteScalarAsync(ct) is string text
                ? (true, DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null)
                : (false, null);
        }
        catch (DbException)
        {
            return (false, null); // no lock table: nothing was ever locked
        }
    }
}
