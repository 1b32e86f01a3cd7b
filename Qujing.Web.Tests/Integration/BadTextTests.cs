using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Search;

namespace Qujing.Web.Tests.Integration;

/// <summary>Characters that break XML, search or normalisation are stripped on the way in and survive on the way out.</summary>
public sealed class BadTextTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> ReaderGetsAsync(string url) => await _site.Anonymous().GetAsync(new Uri(url, UriKind.Relative), Ct);

    [Theory]
    [InlineData("%EF%BF%BE")]
    [InlineData("%EF%BF%BF")]
    [InlineData("%01%0B%00")]
    [InlineData("%E2%80%AE%E5%AD%A6%E6%A0%A1")]
    [InlineData("%ED%A0%80")]
    public async Task SearchForBadCharactersGetsAPage(string query)
    {
        var response = await ReaderGetsAsync("/search?q=" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PublishingTextWithNonCharactersAndControlsStoresItCleanAndKeepsFeedAndSearchWorking()
    {
        var id = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-3").Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var form = new Dictionary<string, string>
        {
            ["Content.Heading"] = "破解\u0001改革\u000B难题\u202E", ["Content.Slug"] = "section-3",
            ["Content.BodyMarkdown"] = "滇东\uFFFE明珠\uFDD0的独特\r\n词语\u200B。", ["basedOn"] = "1", ["intent"] = "save",
        };

        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", form, $"/admin/sections/{id}/edit");
        var published = await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/publish/2", [], $"/admin/sections/{id}/preview/2");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(("破解改革难题", "滇东明珠的独特\n词语。"), _site.Factory.Query(db => db.Sections.Where(s => s.Id == id).Select(s => new { s.Heading, s.BodyMarkdown }).AsEnumerable().Select(s => (s.Heading, s.BodyMarkdown)).Single()));
        var feed = await ReaderGetsAsync("/feed.xml");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Contains(XDocument.Parse(await feed.Content.ReadAsStringAsync(Ct)).Descendants(), e => e.Value == "破解改革难题");
        var search = await AdminSite.ReadAsync(await ReaderGetsAsync("/search?q=" + Uri.EscapeDataString("滇东明珠")));
        Assert.Single(search.QuerySelectorAll(".results li"));
    }

    [Fact]
    public async Task FeedSearchAndPagesSurviveBadTextAlreadyInTheDatabase()
    {
        _site.Factory.Query(db =>
        {
            var section = db.Sections.Single(s => s.Slug == "section-3");
            section.Heading = "旧数据\u0001标题\u000B";
#if POSTGRES_TESTS
            section.BodyMarkdown = "旧数据里的\uFFFE非字符与控制符。"; // PostgreSQL's text cannot hold U+0000 at all
#else
            section.BodyMarkdown = "旧数据里的\uFFFE非字符\u0000与控制符。";
#endif
            db.Features.Single().Byline = "署名\u001F";
            return db.SaveChanges();
        });
        using (var scope = _site.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(Ct);
        }

        var feed = await ReaderGetsAsync("/feed.xml");
        var search = await ReaderGetsAsync("/search?q=" + Uri.EscapeDataString("非字符"));

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Contains(XDocument.Parse(await feed.Content.ReadAsStringAsync(Ct)).Descendants(), e => e.Value == "旧数据标题");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Single((await AdminSite.ReadAsync(search)).QuerySelectorAll(".results li"));
        Assert.Equal(HttpStatusCode.OK, (await ReaderGetsAsync("/sections/section-3")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReaderGetsAsync("/sitemap.xml")).StatusCode);
    }

    [Fact]
    public async Task FullWidthDigitsInAFigureValueAreReadAsDigits()
    {
        var id = _site.Factory.Query(db => db.KeyFigures.OrderBy(f => f.Position).First().Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var form = new Dictionary<string, string>
        {
            ["Content.Value"] = "１２３.５", ["Content.Unit"] = "所", ["Content.Label"] = "学校", ["Content.SourceSentence"] = "", ["basedOn"] = "1", ["intent"] = "save",
        };

        var response = await AdminSite.PostFormAsync(editor, $"/admin/figures/{id}/edit", form, $"/admin/figures/{id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("123.5", _site.Factory.Query(db => RevisionStore.Read<FigureContent>(db.Revisions.Single(r => r.ItemType == FigureContent.ItemType && r.ItemId == id && r.Number == 2)).Value));
    }

    [Theory]
    [InlineData("十", "只能是数字")]
    [InlineData("很多", "只能是数字")]
    [InlineData("1e5", "只能是数字")]
    [InlineData("", "请填写数值")]
    public async Task FigureValueThatIsNotANumberGetsAFieldMessage(string value, string message)
    {
        var id = _site.Factory.Query(db => db.KeyFigures.OrderBy(f => f.Position).First().Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var form = new Dictionary<string, string>
        {
            ["Content.Value"] = value, ["Content.Unit"] = "所", ["Content.Label"] = "学校", ["Content.SourceSentence"] = "", ["basedOn"] = "1", ["intent"] = "save",
        };

        var response = await AdminSite.PostFormAsync(editor, $"/admin/figures/{id}/edit", form, $"/admin/figures/{id}/edit");

        var page = await AdminSite.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("[data-valmsg-for='Content.Value']")!.TextContent);
        Assert.Equal("学校", page.QuerySelector("input[name='Content.Label']")!.GetAttribute("value")); // the rest of the input is kept
    }

    [Fact]
    public async Task ReadersSeeAPublishedChangeEvenWhenTheSearchRebuildFails()
    {
        using var site = _site.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(new RebuildFault()).AddScoped<ISearchIndex, FailingRebuildIndex>()));
        var editor = site.CreateClient(new() { AllowAutoRedirect = false });
        await AdminSite.PostFormAsync(editor, "/admin/login", new() { ["UserName"] = AdminSite.EditorName, ["Password"] = AdminSite.EditorPassword });
        var reader = site.CreateClient();
        var id = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-3").Id);
        Assert.DoesNotContain("重建失败也要看到", await reader.GetStringAsync(new Uri("/sections/section-3", UriKind.Relative), Ct));
        var form = new Dictionary<string, string>
        {
            ["Content.Heading"] = "破解改革难题", ["Content.Slug"] = "section-3", ["Content.BodyMarkdown"] = "重建失败也要看到新正文。", ["basedOn"] = "1", ["intent"] = "save",
        };

        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", form, $"/admin/sections/{id}/edit");
        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/publish/2", [], $"/admin/sections/{id}/preview/2");

        Assert.Contains("重建失败也要看到", await reader.GetStringAsync(new Uri("/sections/section-3", UriKind.Relative), Ct));
    }
}
