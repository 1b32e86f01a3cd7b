using System.Net;
using System.Text.Json;

namespace Qujing.Web.Tests.Integration;

/// <summary>/healthz/live (the process) and /healthz/ready (start-up done, the database answers and takes writes).</summary>
public sealed class HealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AStartedSiteIsLiveAndReady()
    {
        using var factory = new QujingFactory();
        var client = factory.CreateClient();

        var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative), Ct);
        var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (await StatusAsync(ready)).Status);
        Assert.True(live.Headers.CacheControl?.NoStore);
        Assert.True(ready.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task LiveNeverTouchesTheDatabaseAndReadySaysWhatIsWrongWithIt()
    {
        using var factory = new QujingFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), Ct)).StatusCode);

        // The file is overwritten under the running site (a bad disk, a copy gone wrong).
        factory.DeleteDatabase();
        await File.WriteAllTextAsync(factory.DatabasePath, new string('x', 8192), Ct);

        var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative), Ct);
        var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode); // and so not the cached 200 of a moment ago
        var (status, reasons) = await StatusAsync(ready);
        Assert.Equal("Unhealthy", status);
        Assert.Contains("not a database", reasons);
    }

    [Fact]
    public async Task HealthIsNeverRateLimitedNorCached()
    {
        using var factory = new QujingFactoryWith(("RateLimits:Search:PermitLimit", "1"), ("RateLimits:Login:PermitLimit", "1"));
        var client = factory.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 20; i++)
        {
            answers.Add(await client.GetAsync(new Uri(i % 2 == 0 ? "/healthz/ready" : "/healthz/live", UriKind.Relative), Ct));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(answers, a => Assert.Null(a.Headers.Age));
    }

    [Fact]
    public async Task WhileStartUpWaitsLiveAnswersAndReadySaysStarting()
    {
        var folder = Directory.CreateTempSubdirectory("qujing-health-");
        var path = Path.Combine(folder.FullName, "site.db");
        try
        {
            // Another process is migrating right now. Stamped a little ahead: on a loaded machine the site can take
            // longer than the stale-lock age to reach its check, and would then rightly clear a lock stamped "now".
            await MigrationLock.TakeAsync(path, DateTimeOffset.UtcNow.AddSeconds(20));
            await using var site = await SiteProcess.StartAsync("waiting for", ("ConnectionStrings__Qujing", $"Data Source={path}"));

            // Start-up meets the lock before EF Core is built, so it can say so before the server listens.
            var live = await WhenListeningAsync(() => site.Client.GetAsync(new Uri("/healthz/live", UriKind.Relative), Ct));
            var ready = await site.Client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), Ct);

            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("starting", (await StatusAsync(ready)).Reasons);
            await site.StopAsync();
        }
        finally
        {
            folder.Delete(true);
        }
    }

    private static async Task<HttpResponseMessage> WhenListeningAsync(Func<Task<HttpResponseMessage>> send)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await send();
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(100, Ct);
            }
        }
    }

    /// <summary>The overall status and every check's description, from the JSON body.</summary>
    internal static async Task<(string Status, string Reasons)> StatusAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var checks = json.RootElement.GetProperty("checks").EnumerateObject()
            .Select(c => $"{c.Name}: {c.Value.GetProperty("status").GetString()} {c.Value.GetProperty("description").GetString()}");
        return (json.RootElement.GetProperty("status").GetString()!, string.Join("\n", checks));
    }
}
