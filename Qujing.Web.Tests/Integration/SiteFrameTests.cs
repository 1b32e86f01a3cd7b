using System.Net;
using AngleSharp;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// The page frame (the header's section links, the title) is kept between requests for the content version it was
/// read at, and read again as soon as the version moves — which every reader-visible change does, on any instance.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SiteFrameTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheFrameIsKeptForItsContentVersionAndReadAgainWhenTheVersionMoves()
    {
        using var factory = new QujingFactory();
        var client = factory.CreateClient();
        var first = factory.Query(db => db.Sections.OrderBy(s => s.Position).First());
        var renamed = "框架缓存测试栏目";

        // Searches the cache never answers, so every one renders its frame.
        Assert.Contains(first.Heading.Split('：')[0], await HeaderAsync(client, "甲"));

        // A heading changed behind the site's back (the version does not move): the frame of this version is kept.
        // (Synchronous inside Query: its scope, and the pooled context with it, ends when the lambda returns.)
        factory.Query(db => db.Sections.Where(s => s.Id == first.Id).ExecuteUpdate(s => s.SetProperty(x => x.Heading, renamed)));
        Assert.DoesNotContain(renamed, await HeaderAsync(client, "乙"));

        // Once the version moves, as every publish moves it, the next page reads the frame again.
        var moved = factory.Query(db => db.TheFeature.First().PublishedAt).AddSeconds(1);
        factory.Query(db => db.Features.ExecuteUpdate(s => s.SetProperty(f => f.PublishedAt, moved)));
        Assert.Contains(renamed, await HeaderAsync(client, "丙"));
    }

    [Fact]
    public async Task AHeadingPublishedThroughTheEditorIsInTheNextPagesHeader()
    {
        using var site = new AdminSite();
        var editor = await site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var section = site.Factory.Query(db => db.Sections.OrderBy(s => s.Position).First());
        Assert.Contains(section.Heading.Split('：')[0], await HeaderAsync(editor, "丁"));

        var form = AdminSite.FormFields(await AdminSite.GetDocumentAsync(editor, $"/admin/sections/{section.Id}/edit"));
        form["Content.Heading"] = "新的栏目标题";
        form["intent"] = "save";
        var saved = await AdminSite.PostFormAsync(editor, $"/admin/sections/{section.Id}/edit", form);
        var preview = saved.Headers.Location!.OriginalString;
        var published = await AdminSite.PostFormAsync(editor, $"/admin/sections/{section.Id}/publish/{preview.Split('/')[^1]}", [], preview);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        Assert.Contains("新的栏目标题", await HeaderAsync(editor, "戊"));
    }

    private static async Task<string> HeaderAsync(HttpClient client, string query)
    {
        var html = await client.GetStringAsync(new Uri($"/search?q={Uri.EscapeDataString(query + Guid.NewGuid().ToString("N"))}", UriKind.Relative), Ct);
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html), Ct);
        return document.QuerySelector("header .site-nav")!.TextContent;
    }
}
