using Microsoft.Data.Sqlite;

namespace Qujing.Web.Tests.Integration;

/// <summary><c>migrate</c>: what a start does to the database (migrate, import, seed), then stop, for a deploy step.</summary>
public sealed class MigrateCommandTests
{
    [Fact]
    public async Task MigrateVerbFillsANewDatabaseAndStops()
    {
        var path = Path.Combine(Path.GetTempPath(), $"qujing-migrate-{Guid.NewGuid():N}.db");
        try
        {
            var (exit, output) = await SiteProcess.RunAsync(["migrate"], ("ConnectionStrings__Qujing", $"Data Source={path};Pooling=False"));

            Assert.True(exit == 0, output);
            Assert.Contains("The database is migrated", output, StringComparison.Ordinal);
            Assert.DoesNotContain("running at", output, StringComparison.Ordinal);
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM Sections";
            Assert.Equal(5L, command.ExecuteScalar());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
