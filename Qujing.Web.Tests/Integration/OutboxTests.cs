using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Features.Search;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// A change's follow-up work (search index, page cache) is committed with it and retried until done: a failing
/// rebuild neither hides the change from readers nor breaks the next publish, and work left by a crash is done at the
/// next start.
/// </summary>
public sealed class OutboxTests : IDisposable
{
    // This site's own outbox worker stays idle (a second instance on the same database would do the work): the test's
    // site with the fault is the only one retrying.
    private readonly AdminSite _site = new(("Outbox:RetrySeconds", "3600"), ("RateLimits:AdminPost:PermitLimit", "1000"));

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APublishWhoseSearchRebuildFailsIsLiveAtOnceAndSearchCatchesUpOnRetry()
    {
        var fault = new RebuildFault { Failing = true };
        using var site = _site.Factory.WithWebHostBuilder(b => b.UseSetting("Outbox:RetrySeconds", "0.2").ConfigureTestServices(s => s.AddSingleton(fault).AddScoped<ISearchIndex, FailingRebuildIndex>()));
        var admin = site.CreateClient(new() { AllowAutoRedirect = false });
        await AdminSite.PostFormAsync(admin, "/admin/login", new() { ["UserName"] = AdminSite.AdminName, ["Password"] = AdminSite.AdminPassword });
        var reader = site.CreateClient();
        await reader.GetStringAsync(new Uri("/sections/section-3", UriKind.Relative), Ct); // now cached

        var first = await PublishHeadingAsync(admin, "section-3", "破解改革难题之一");
        var second = await PublishHeadingAsync(admin, "section-4", "擦亮教育品牌之二");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("破解改革难题之一", await reader.GetStringAsync(new Uri("/sections/section-3", UriKind.Relative), Ct));
        Assert.NotEmpty(_site.Factory.Query(db => db.Outbox.Where(e => e.Attempts > 0).ToList()));
        Assert.Contains("search index has not followed", await ReadyAsync(reader));
        Assert.DoesNotContain("破解改革难题之一", await SearchAsync(reader, "之一"));

        fault.Failing = false;
        await WaitUntilAsync(() => _site.Factory.Query(db => !db.Outbox.Any()));

        Assert.Contains("破解改革难题之一", await SearchAsync(reader, "之一"));
        Assert.Contains("擦亮教育品牌之二", await SearchAsync(reader, "之二"));
        Assert.DoesNotContain("not followed", await ReadyAsync(reader));
    }

    [Fact]
    public async Task WorkLeftByACrashIsDoneAtTheNextStart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"qujing-outbox-{Guid.NewGuid():N}.db");
        try
        {
            using (var first = new QujingFactory(path))
            {
                first.Query(db => db.Sections.Count()); // migrated and imported
            }

            // What a crash right after a publish's commit leaves: the change and its outbox entry, nothing else done.
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "UPDATE Sections SET Heading = '崩溃之前发布的标题' WHERE Slug = 'section-3';" +
                                      "INSERT INTO Outbox (CreatedAt, RebuildSearch, EvictTags, Attempts) VALUES ('2026-11-26 08:00:00+00:00', 1, 'content', 0);";
                command.ExecuteNonQuery();
            }

            using var restarted = new QujingFactory(path);
            var reader = restarted.CreateClient();
            await WaitUntilAsync(() => restarted.Query(db => !db.Outbox.Any()));

            Assert.Contains("崩溃之前发布的标题", await SearchAsync(reader, "崩溃之前"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static Task<string> ReadyAsync(HttpClient client) => client.GetStringAsync(new Uri("/healthz/ready", UriKind.Relative), Ct);

    /// <summary>The text of the search results only (every page's header lists the section headings too).</summary>
    private static async Task<string> SearchAsync(HttpClient client, string query)
    {
        var page = await AdminSite.GetDocumentAsync(client, "/search?q=" + Uri.EscapeDataString(query));
        return string.Concat(page.QuerySelectorAll("ol.results").Select(r => r.TextContent));
    }

    private async Task<HttpResponseMessage> PublishHeadingAsync(HttpClient admin, string slug, string heading)
    {
        var id = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == slug).Id);
        var edit = await AdminSite.GetDocumentAsync(admin, $"/admin/sections/{id}/edit");
        var form = new Dictionary<string, string>
        {
            ["Content.Heading"] = heading,
            ["Content.Slug"] = slug,
            ["Content.BodyMarkdown"] = ((AngleSharp.Html.Dom.IHtmlTextAreaElement)edit.QuerySelector("textarea[name='Content.BodyMarkdown']")!).Value,
            ["basedOn"] = edit.QuerySelector("input[name=basedOn]")!.GetAttribute("value")!,
        };
        var saved = await AdminSite.PostFormAsync(admin, $"/admin/sections/{id}/edit", form);
        var preview = saved.Headers.Location!.OriginalString;
        return await AdminSite.PostFormAsync(admin, $"/admin/sections/{id}/publish/{preview[(preview.LastIndexOf('/') + 1)..]}", [], preview);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100, Ct);
        }

        Assert.True(condition());
    }
}
