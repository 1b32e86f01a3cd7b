using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Qujing.Web.Tests.Integration;

public class StartupTests
{
    [Fact]
    public async Task FirstStartCreatesTheDatabaseAndImportsTheContent()
    {
        using var factory = new QujingFactory(startsEmpty: true);
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

        // The exception handler clears the response, headers and all, before the error page: they are set again.
        Assert.Contains("default-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
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

    [Fact]
    public async Task AMigrationLockLeftByAKilledStartIsClearedAndTheSiteStarts()
    {
        var folder = Directory.CreateTempSubdirectory("qujing-lock-").FullName;
        var path = Path.Combine(folder, "site.db");
        try
        {
            await MigrationLock.TakeAsync(path, DateTimeOffset.UtcNow.AddMinutes(-10));

            var (exit, output) = await RunSiteAsync(TimeSpan.FromSeconds(60), process => SignalAsync(process, "TERM"),
                ("ConnectionStrings__Qujing", $"Data Source={path}"));

            Assert.Contains("Qujing feature site is running", output);
            Assert.Contains("migration lock", output);
            Assert.Equal(0, exit);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task SigtermStopsAStartThatWaitsForAnotherMigration()
    {
        var folder = Directory.CreateTempSubdirectory("qujing-lock-").FullName;
        var path = Path.Combine(folder, "site.db");
        try
        {
            await MigrationLock.TakeAsync(path, DateTimeOffset.UtcNow.AddMinutes(10)); // someone is migrating right now

            var stopwatch = Stopwatch.StartNew();
            var (_, output) = await RunSiteAsync(TimeSpan.FromSeconds(60), async process =>
            {
                await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
                await SignalAsync(process, "TERM");
            }, ("ConnectionStrings__Qujing", $"Data Source={path}"), ("Urls", "http://127.0.0.1:0"));

            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"stopped after {stopwatch.Elapsed}");
            Assert.Contains("waiting for", output);
            Assert.DoesNotContain("running at", output);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task ACorruptPageInTheMiddleOfTheDatabaseStopsStartUp()
    {
        var path = Path.Combine(Path.GetTempPath(), $"qujing-pages-{Guid.NewGuid():N}.db");
        try
        {
            using (var first = new QujingFactory(path))
            {
                first.Query(db => db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE)"));
            }

            var revisionsRoot = await RootPageOfAsync(path, "Revisions");
            await using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
            {
                // One page of the Revisions table: the rest of the file, and every public page, still reads fine.
                file.Position = (revisionsRoot - 1) * 4096L;
                file.Write(Enumerable.Repeat((byte)0x5A, 4096).ToArray());
            }

            var (exit, output) = await RunSiteAsync(("ConnectionStrings__Qujing", $"Data Source={path}"));

            Assert.Equal(1, exit);
            Assert.Contains("integrity check", output);
        }
        finally
        {
            new QujingFactory(path).DeleteDatabase();
        }
    }

    private static async Task<long> RootPageOfAsync(string path, string table)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rootpage FROM sqlite_master WHERE name = $name";
        command.Parameters.AddWithValue("$name", table);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private static async Task SignalAsync(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
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
    private static Task<(int ExitCode, string Output)> RunSiteAsync(params (string Key, string Value)[] environment) =>
        RunSiteAsync(TimeSpan.FromSeconds(60), null, environment);

    /// <summary>
    /// Starts the built site as its own process and waits for it to exit; <paramref name="whenRunning"/>, if given, is
    /// called once the site says it is running (or, for a start that hangs, right away) — e.g. to send it SIGTERM.
    /// </summary>
    private static async Task<(int ExitCode, string Output)> RunSiteAsync(TimeSpan limit, Func<Process, Task>? whenRunning, params (string Key, string Value)[] environment)
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
        using var timeout = new CancellationTokenSource(limit);
        var output = new System.Text.StringBuilder();
        var running = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.Contains("running at", StringComparison.Ordinal) == true || e.Data?.Contains("waiting for", StringComparison.Ordinal) == true)
            {
                running.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            if (whenRunning is not null)
            {
                await Task.WhenAny(running.Task, process.WaitForExitAsync(timeout.Token));
                await whenRunning(process);
            }

            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(true);
            }
        }

        process.WaitForExit(); // flushes the redirected output
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }
}
