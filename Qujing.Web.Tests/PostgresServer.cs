using Npgsql;

namespace Qujing.Web.Tests;

/// <summary>
/// The PostgreSQL server the PostgreSQL half of the tests runs on: <c>QUJING_TEST_POSTGRES</c> (a connection string to a
/// user that may create databases), or else libpq's variables as <c>pg_virtualenv</c> and <c>.ci/run</c> set them
/// (PGHOST, PGPORT, PGUSER, PGPASSWORD). Without either the PostgreSQL tests skip, saying so; under CI (CI=true) they
/// fail instead, since CI starts a server for them. Every test database is made here and dropped by its test.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string?> Server = new(Find);

    /// <summary>Why the PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? Missing => Server.Value is null
        ? "no PostgreSQL server for the tests: set QUJING_TEST_POSTGRES or run the tests under pg_virtualenv (README, \"Running the tests\")"
        : null;

    /// <summary>Skips the calling test without a server; under CI a missing server fails it instead.</summary>
    public static void Require()
    {
        if (Missing is { } reason)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI must run the PostgreSQL tests, but " + reason);
            Assert.Skip(reason);
        }
    }

    /// <summary>A new, empty UTF-8 database (or a copy of <paramref name="template"/>); returns its connection string.</summary>
    public static string CreateDatabase(string? template = null) => CreateDatabase(NewDatabaseName(), template);

    /// <summary>Creates database <paramref name="name"/>, empty or as a copy of <paramref name="template"/>.</summary>
    public static string CreateDatabase(string name, string? template)
    {
        Require();
        using var connection = new NpgsqlConnection(Server.Value);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = template is null
            ? $"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0"
            : $"CREATE DATABASE {name} TEMPLATE {template}";
        command.ExecuteNonQuery();
        return ConnectionTo(name);
    }

    /// <summary>A name no test database has yet.</summary>
    public static string NewDatabaseName() => "qujing_test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Runs one statement on the server's maintenance database.</summary>
    public static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Server.Value);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The connection string for database <paramref name="name"/> on the server.</summary>
    public static string ConnectionTo(string name) =>
        new NpgsqlConnectionStringBuilder(Server.Value) { Database = name, Pooling = false }.ToString();

    /// <summary>Drops a database made here, ending whatever sessions a stopped site left in it.</summary>
    public static void DropDatabase(string connectionString)
    {
        // Without a server nothing was made (CreateDatabase requires one), and a skipped test's factory still disposes.
        if (Server.Value is null)
        {
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(Server.Value);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {name} WITH (FORCE)";
        command.ExecuteNonQuery();
    }

    /// <summary>Drops the database when disposed, after whatever was declared after it: <c>using var _ = DropWhenDisposed(c);</c></summary>
    public static IDisposable DropWhenDisposed(string connectionString) => new Dropping(connectionString);

    private sealed class Dropping(string connectionString) : IDisposable
    {
        public void Dispose() => DropDatabase(connectionString);
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("QUJING_TEST_POSTGRES") is { Length: > 0 } configured)
        {
            return configured;
        }

        if (Environment.GetEnvironmentVariable("PGHOST") is not { Length: > 0 } host)
        {
            return null;
        }

        return new NpgsqlConnectionStringBuilder
        {
            Host = host,
            Port = int.TryParse(Environment.GetEnvironmentVariable("PGPORT"), out var port) ? port : 5432,
            Username = Environment.GetEnvironmentVariable("PGUSER") ?? Environment.UserName,
            Password = Environment.GetEnvironmentVariable("PGPASSWORD"),
            Database = "postgres",
        }.ToString();
    }
}
