using Microsoft.Data.Sqlite;

namespace Qujing.Web.Tests.Integration;

/// <summary>EF Core's SQLite migration lock, as a start that is migrating (or was killed while migrating) leaves it.</summary>
internal static class MigrationLock
{
    public static async Task TakeAsync(string path, DateTimeOffset at)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);" +
            "INSERT INTO \"__EFMigrationsLock\" VALUES (1, $at);";
        command.Parameters.AddWithValue("$at", at.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
