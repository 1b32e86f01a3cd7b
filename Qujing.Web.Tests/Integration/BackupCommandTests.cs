using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// The <c>backup PATH</c> verb and the README's restore procedure ("Backups and recovery"), run as an operator would:
/// the built site as its own process.
/// </summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("qujing-backup-");

    public void Dispose() => _folder.Delete(true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DatabasePath => Path.Combine(_folder.FullName, "qujing.db");

    private (string, string) Connection => ("ConnectionStrings__Qujing", $"Data Source={DatabasePath};Default Timeout=5");

    [Fact]
    public async Task TheReadmesRestoreProcedureBringsBackTheBackedUpContent()
    {
        var backup = Path.Combine(_folder.FullName, "before-the-change.db");
        string original;
        await using (var site = await SiteProcess.StartAsync("running at", Connection))
        {
            original = await ScalarAsync(DatabasePath, "SELECT Heading FROM Sections WHERE Position = 1");

            // The backup is taken while the site runs, then the content changes after it.
            var (exit, output) = await SiteProcess.RunAsync(["backup", backup], Connection);
            Assert.True(exit == 0, output);
            Assert.Contains("Backed up", output);
            await ExecuteAsync(DatabasePath, "UPDATE Sections SET Heading = '备份之后的改动' WHERE Position = 1");
            Assert.Equal(0, await site.StopAsync());
        }

        Assert.Equal("备份之后的改动", await ScalarAsync(DatabasePath, "SELECT Heading FROM Sections WHERE Position = 1"));

        // README, "Backups and recovery", step by step: the site is stopped; copy the backup over the database file;
        // delete the -wal and -shm files beside it; start the site.
        File.Copy(backup, DatabasePath, overwrite: true);
        File.Delete(DatabasePath + "-wal");
        File.Delete(DatabasePath + "-shm");

        await using var restored = await SiteProcess.StartAsync("running at", Connection);
        var page = await restored.Client.GetStringAsync(new Uri("/sections/section-1", UriKind.Relative), Ct);
        var ready = await restored.Client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), Ct);

        Assert.Contains(original, page);
        Assert.DoesNotContain("备份之后的改动", page);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(0, await restored.StopAsync());
    }

    [Fact]
    public async Task BackupRefusesToOverwriteAFileUnlessForced()
    {
        await CreateDatabaseAsync();
        var backup = Path.Combine(_folder.FullName, "existing.db");
        await File.WriteAllTextAsync(backup, "an earlier backup, kept", Ct);

        var (refused, refusal) = await SiteProcess.RunAsync(["backup", backup], Connection);
        Assert.Equal(1, refused);
        Assert.Contains("already exists", refusal);
        Assert.Contains("--force", refusal);
        Assert.Equal("an earlier backup, kept", await File.ReadAllTextAsync(backup, Ct));

        var (forced, output) = await SiteProcess.RunAsync(["backup", backup, "--force"], Connection);
        Assert.True(forced == 0, output);
        Assert.Equal("5", await ScalarAsync(backup, "SELECT COUNT(*) FROM Sections"));
        Assert.Equal("ok", await ScalarAsync(backup, "PRAGMA integrity_check"));
        Assert.Empty(_folder.GetFiles("*.partial*"));
    }

    [Fact]
    public async Task BackupExplainsItsUsageAndAMissingDatabase()
    {
        var (usage, usageText) = await SiteProcess.RunAsync(["backup"], Connection);
        var (missing, missingText) = await SiteProcess.RunAsync(["backup", Path.Combine(_folder.FullName, "copy.db")], Connection);

        Assert.Equal(2, usage);
        Assert.Contains("Usage: backup PATH [--force]", usageText);
        Assert.Equal(1, missing);
        Assert.Contains("No database", missingText);
        Assert.False(File.Exists(DatabasePath), "the backup must not create the database it was asked to copy");
        Assert.False(File.Exists(Path.Combine(_folder.FullName, "copy.db")));
    }

    [Fact]
    public async Task BackupIntoAFolderThatDoesNotExistSaysSo()
    {
        await CreateDatabaseAsync();
        var missing = Path.Combine(_folder.FullName, "no-such-folder");

        var (exit, output) = await SiteProcess.RunAsync(["backup", Path.Combine(missing, "copy.db")], Connection);

        Assert.Equal(1, exit);
        Assert.Contains($"The folder {missing} does not exist", output);
        Assert.DoesNotContain("partial", output);
    }

    /// <summary>
    /// README: an acknowledged save survives a crash or a power cut. SQLite in WAL mode promises that only with
    /// synchronous=FULL (NORMAL may lose the last commits on power loss).
    /// </summary>
    [Fact]
    public void AcknowledgedSavesAreSyncedToDisk()
    {
        using var factory = new QujingFactory();

        Assert.Equal(2L, factory.Query(db =>
        {
            var connection = db.Database.GetDbConnection();
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous";
            return (long)command.ExecuteScalar()!;
        }));
    }

    private async Task CreateDatabaseAsync()
    {
        await using var site = await SiteProcess.StartAsync("running at", Connection);
        Assert.Equal(0, await site.StopAsync());
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=5");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<string> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture) ?? "";
    }
}
