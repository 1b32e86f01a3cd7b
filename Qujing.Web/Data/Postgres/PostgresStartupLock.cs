using Npgsql;
using Qujing.Web.Infrastructure.Startup;

namespace Qujing.Web.Data.Postgres;

/// <summary>
/// A session-level advisory lock on a connection of its own, outside the pool, so that nothing else can release it by
/// returning that connection (decision 0024). A process that dies loses its session and so the lock: nothing stale is
/// left for the next start to clear, unlike SQLite's lock row. A database that does not exist yet is made first (UTF-8).
/// </summary>
public sealed class PostgresStartupLock(string connectionString, ILogger<PostgresStartupLock> log) : IStartupLock
{
    /// <summary>The lock's key, shared by every instance ("qujing-s" in ASCII); the write lock has another.</summary>
    public const long Key = 0x71756A696E672D73;

    private const string DatabaseMissing = "3D000";
    private const string DatabaseExists = "42P04";

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = 0 }.ToString());
        try
        {
            await OpenCreatingAsync(connection, ct);
            if (!await ScalarAsync<bool>(connection, $"SELECT pg_try_advisory_lock({Key})", ct))
            {
                log.LogInformation("Another instance is starting up (migrating, importing or seeding); waiting for it");
                await ScalarAsync<object>(connection, $"SELECT pg_advisory_lock({Key})", ct);
            }

            return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task OpenCreatingAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == DatabaseMissing)
        {
            var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
            await using (var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ToString()))
            {
                await server.OpenAsync(ct);
                try
                {
                    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" ENCODING 'UTF8' TEMPLATE template0", server);
                    await create.ExecuteNonQueryAsync(ct);
                    log.LogInformation("Created the PostgreSQL database {Database}", name);
                }
                catch (PostgresException race) when (race.SqlState == DatabaseExists)
                {
                    // Another instance made it meanwhile.
                }
            }

            await connection.OpenAsync(ct);
        }
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // Closing the session releases it too; unlocking first makes the hand-over immediate whatever the pool does.
            await using (connection)
            {
                await ScalarAsync<bool>(connection, $"SELECT pg_advisory_unlock({Key})", CancellationToken.None);
            }
        }
    }
}
