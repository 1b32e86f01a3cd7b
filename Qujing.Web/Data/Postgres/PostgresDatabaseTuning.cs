using System.Data.Common;
using Npgsql;
using Qujing.Web.Infrastructure.Startup;

namespace Qujing.Web.Data.Postgres;

/// <summary>
/// Nothing to clear before migrating (PostgreSQL's migration lock is a table lock that ends with its transaction), but a
/// database made in another encoding than UTF-8 is refused: SQL_ASCII (what initdb gives under the C locale) stores the
/// bytes and then compares and cuts them byte-wise, which Chinese text does not survive.
/// </summary>
public sealed class PostgresDatabaseTuning(string connectionString) : IDatabaseTuning
{
    /// <summary>The database itself is made by the start-up lock (decision 0024), which connects first.</summary>
    public DbConnection CreateConnection() => new NpgsqlConnection(connectionString);

    public async Task BeforeMigrateAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_setting('server_encoding')";
        var encoding = (string?)await command.ExecuteScalarAsync(ct);
        if (!string.Equals(encoding, "UTF8", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The PostgreSQL database is encoded as {encoding}; the site needs UTF8. Create it with CREATE DATABASE … ENCODING 'UTF8' " +
                "(with a UTF-8 locale or TEMPLATE template0), see README, \"Running several instances\".");
        }
    }

    public Task ApplyAsync(QujingDbContext db, CancellationToken ct) => Task.CompletedTask;
}
