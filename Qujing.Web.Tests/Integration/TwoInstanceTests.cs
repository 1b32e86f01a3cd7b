using System.Diagnostics;
using System.Net;
using Npgsql;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// Two real site processes over one PostgreSQL database, as behind a load balancer (decision 0024): they start together
/// on an empty database, a login on one works on the other, and a change published on one reaches the other's page
/// cache and search at once.
/// </summary>
public sealed class TwoInstanceTests
{
    private const string AdminName = "chief";
    private const string AdminPassword = "chief-pass-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoInstancesStartTogetherShareLoginsAndEvictEachOthersPages()
    {
        PostgresServer.Require();
        var database = PostgresServer.CreateDatabase();
        try
        {
            (string, string)[] settings = [("Database__Provider", "Postgres"), ("ConnectionStrings__Qujing", database),
                ("Admin__UserName", AdminName), ("Admin__Password", AdminPassword), ("Content__Corrections", "")];
            var starting = new[] { SiteProcess.StartAsync("running at", settings), SiteProcess.StartAsync("running at", settings) };
            await using var a = await starting[0];
            await using var b = await starting[1];

            // One of them imported, once; neither failed.
            var output = a.Output + b.Output;
            Assert.Equal(1, Count(output, "Imported "));
            Assert.DoesNotContain("FTL", output, StringComparison.Ordinal);
            Assert.Equal(1, Scalar<long>(database, "SELECT count(*) FROM \"Features\""));

            using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
            using var onA = new HttpClient(handler, disposeHandler: false) { BaseAddress = a.Address };
            using var onB = new HttpClient(handler, disposeHandler: false) { BaseAddress = b.Address };

            // Both instances have the page cached before the change; readers carry no cookie (an editor's skips the cache).
            Assert.DoesNotContain("焕然一新", await a.Client.GetStringAsync(new Uri("/sections/section-2", UriKind.Relative), Ct));
            Assert.DoesNotContain("焕然一新", await b.Client.GetStringAsync(new Uri("/sections/section-2", UriKind.Relative), Ct));
            Assert.DoesNotContain("/sections/section-2#p", await b.Client.GetStringAsync(new Uri("/search?q=" + Uri.EscapeDataString("焕然一新"), UriKind.Relative), Ct));

            // Signed in on A, the cookie (one key ring, in the database) is good on B; cookies ignore the port.
            var login = await AdminSite.PostFormAsync(onA, "/admin/login", new() { ["UserName"] = AdminName, ["Password"] = AdminPassword });
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync(new Uri("/admin", UriKind.Relative), Ct)).StatusCode);

            var id = Scalar<int>(database, "SELECT \"Id\" FROM \"Sections\" WHERE \"Position\" = 2");
            var saved = await AdminSite.PostFormAsync(onA, $"/admin/sections/{id}/edit", new()
            {
                ["Content.Heading"] = "高位统筹推进", ["Content.Slug"] = "section-2", ["Content.BodyMarkdown"] = "两个实例之间，学校面貌焕然一新。",
                ["basedOn"] = "1", ["intent"] = "save",
            });
            Assert.Equal($"/admin/sections/{id}/preview/2", saved.Headers.Location?.OriginalString);
            var published = await AdminSite.PostFormAsync(onA, $"/admin/sections/{id}/publish/2", [], $"/admin/sections/{id}/preview/2");
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

            var clock = Stopwatch.StartNew();
            while (!(await b.Client.GetStringAsync(new Uri("/sections/section-2", UriKind.Relative), Ct)).Contains("焕然一新", StringComparison.Ordinal))
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), "B still serves the page as it was a second after A published the change");
                await Task.Delay(50, Ct);
            }

            // Search is one table for both; B's cached search pages are evicted once the rebuild is done.
            while (!(await b.Client.GetStringAsync(new Uri("/search?q=" + Uri.EscapeDataString("焕然一新"), UriKind.Relative), Ct)).Contains("/sections/section-2#p", StringComparison.Ordinal))
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), "B's search does not find the change a second after A published it");
                await Task.Delay(50, Ct);
            }
        }
        finally
        {
            PostgresServer.DropDatabase(database);
        }
    }

    /// <summary>
    /// A restart on a database that has everything reads the Data Protection key ring, which its EF store does
    /// synchronously. With socket completions run inline (InlineHits), an awaited Npgsql read resumed on the socket
    /// thread, the key ring's synchronous read then waited for that same thread, and start-up stalled for the 30-second
    /// command timeout. Between the two log lines the search index, the accounts and the key ring are checked: about a
    /// second here, five under a CI run of both suites at once; fifteen leaves room for that and still catches the stall.
    /// </summary>
    [Fact]
    public async Task ARestartOnAFilledDatabaseDoesNotStallOnTheKeyRing()
    {
        PostgresServer.Require();
        var database = PostgresServer.CreateDatabase();
        try
        {
            (string, string)[] settings = [("Database__Provider", "Postgres"), ("ConnectionStrings__Qujing", database),
                ("Admin__UserName", AdminName), ("Admin__Password", AdminPassword), ("Content__Corrections", "")];
            Assert.Equal(0, (await SiteProcess.RunAsync(["migrate"], settings)).ExitCode);

            // Timed between two log lines, so a slow machine's process start does not count: the key ring is read in between.
            var (exit, output) = await SiteProcess.RunAsync(["migrate"], settings);
            Assert.True(exit == 0, output);
            var gap = LoggedAt(output, "nothing imported") is { } from && LoggedAt(output, "The database is migrated") is { } to ? to - from
                : throw new Xunit.Sdk.XunitException("the migrate verb's log lacks its lines:\n" + output);
            Assert.True(gap < TimeSpan.FromSeconds(15), $"the key ring took {gap.TotalSeconds} s to read:\n{output}");
        }
        finally
        {
            PostgresServer.DropDatabase(database);
        }
    }

    /// <summary>The time of the first log line containing <paramref name="text"/> ("[16:53:02 INF] …").</summary>
    private static TimeSpan? LoggedAt(string output, string text) =>
        output.Split('\n').FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { Length: > 10 } line
            && TimeSpan.TryParse(line.AsSpan(1, 8), System.Globalization.CultureInfo.InvariantCulture, out var at) ? at : null;

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static T Scalar<T>(string database, string sql)
    {
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return (T)command.ExecuteScalar()!;
    }
}
