using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Qujing.Web.Tests.Integration;

[Collection(WebCollection.Name)]
public class StartupTests
{
    [Fact]
    public async Task FirstStartCreatesTheDatabaseAndImportsTheContent()
    {
        using var factory = new QujingFactory();
        var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(factory.DatabasePath));
        Assert.Equal((1, 5, 8), factory.Query(db => (db.ImportRuns.Count(), db.Sections.Count(), db.Schools.Count())));
        Assert.Equal("wal", factory.Query(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").AsEnumerable().Single()));
    }

    [Fact]
    public async Task RestartImportsNothingTwice()
    {
        var path = Path.Combine(Path.GetTempPath(), $"qujing-restart-{Guid.NewGuid():N}.db");
        try
        {
            using (var first = new QujingFactory(path))
            {
                await first.CreateClient().GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
                first.Query(db => db.Database.ExecuteSqlRaw("UPDATE Sections SET Heading = '编辑改过的标题' WHERE Position = 1"));
            }

            using var second = new QujingFactory(path);
            var html = await second.CreateClient().GetStringAsync(new Uri("/sections/section-1", UriKind.Relative), TestContext.Current.CancellationToken);

            Assert.Contains("编辑改过的标题", html);
            Assert.Equal((1, 5, 7), second.Query(db => (db.ImportRuns.Count(), db.Sections.Count(), db.Milestones.Count())));
        }
        finally
        {
            new QujingFactory(path).DeleteDatabase();
        }
    }

    [Fact]
    public async Task ProductionErrorsShowAChinesePageWithoutStackTrace()
    {
        using var factory = new QujingFactory();
        var client = factory.CreateClient();
        await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        factory.Query(db => db.Database.ExecuteSqlRaw("DROP TABLE Milestones"));

        var response = await client.GetAsync(new Uri("/timeline", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("抱歉，出错了", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("at Qujing", body);
    }

    [Fact]
    public async Task CorruptDatabaseStopsStartUpWithAClearMessage()
    {
        var path = Path.Combine(Path.GetTempPath(), $"qujing-corrupt-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(path, new string('x', 8192), TestContext.Current.CancellationToken);
        try
        {
            var (exit, output) = await RunSiteAsync(("ConnectionStrings__Qujing", $"Data Source={path}"));

            Assert.Equal(1, exit);
            Assert.Contains("Start-up failed", output);
            Assert.Contains("file is not a database", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task InvalidContentStopsStartUpAndLeavesTheDatabaseEmpty()
    {
        var folder = Directory.CreateTempSubdirectory("qujing-content-").FullName;
        var path = Path.Combine(folder, "site.db");
        await File.WriteAllBytesAsync(Path.Combine(folder, "qujing-feature.txt"), [0xE6, 0x9B, 0x0A, 0xFF, 0xFE], TestContext.Current.CancellationToken);
        try
        {
            var (exit, output) = await RunSiteAsync(("ConnectionStrings__Qujing", $"Data Source={path};Pooling=False"), ("Content__Directory", folder));

            Assert.Equal(1, exit);
            Assert.Contains("is not valid UTF-8 text", output);
            Assert.Equal(0, await CountFeaturesAsync(path));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task MissingContentStopsStartUpWithAClearMessage()
    {
        var folder = Directory.CreateTempSubdirectory("qujing-content-").FullName;
        try
        {
            var (exit, output) = await RunSiteAsync(("ConnectionStrings__Qujing", $"Data Source={Path.Combine(folder, "site.db")}"), ("Content__Directory", folder));

            Assert.Equal(1, exit);
            Assert.Contains("cannot be read", output);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task ProductionWithoutAPublicAddressRefusesToStart()
    {
        var folder = Directory.CreateTempSubdirectory("qujing-baseurl-").FullName;
        try
        {
            var (exit, output) = await RunSiteAsync(("ConnectionStrings__Qujing", $"Data Source={Path.Combine(folder, "site.db")}"), ("Site__BaseUrl", ""));

            Assert.Equal(1, exit);
            Assert.Contains("Site:BaseUrl", output);
            Assert.False(File.Exists(Path.Combine(folder, "site.db")), "nothing is migrated before the check");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static async Task<int> CountFeaturesAsync(string path)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Features";
        return Convert.ToInt32(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Starts the built site as its own process, as `dotnet run` would, and waits for it to give up.</summary>
    private static async Task<(int ExitCode, string Output)> RunSiteAsync(params (string Key, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Qujing.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ASPNETCORE_CONTENTROOT"] = Path.Combine(RepoPaths.Root, "Qujing.Web");
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(Path.GetTempPath(), "qujing-test-logs", "log-.txt");
        start.Environment["Site__BaseUrl"] = "http://127.0.0.1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
