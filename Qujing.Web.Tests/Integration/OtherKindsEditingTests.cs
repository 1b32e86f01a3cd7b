using System.Net;

namespace Qujing.Web.Tests.Integration;

/// <summary>The feature, milestones, figures and quotes go through the same draft → preview → publish path.</summary>
public sealed class OtherKindsEditingTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> PublishAsync(string kind, int id, Dictionary<string, string> fields)
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        fields["basedOn"] = "1";
        fields["intent"] = "save";
        var saved = await AdminSite.PostFormAsync(editor, $"/admin/{kind}/{id}/edit", fields, $"/admin/{kind}/{id}/edit");
        Assert.Equal($"/admin/{kind}/{id}/preview/2", saved.Headers.Location?.OriginalString);
        var preview = await editor.GetAsync(new Uri($"/admin/{kind}/{id}/preview/2", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        await AdminSite.PostFormAsync(editor, $"/admin/{kind}/{id}/publish/2", [], $"/admin/{kind}/{id}/preview/2");
        return editor;
    }

    private Task<string> ReaderGetsAsync(string url) => _site.Anonymous().GetStringAsync(new Uri(url, UriKind.Relative), Ct);

    [Theory]
    [InlineData("/admin/feature")]
    [InlineData("/admin/milestones")]
    [InlineData("/admin/figures")]
    [InlineData("/admin/quotes")]
    public async Task EveryKindHasAListWithEditLinks(string url)
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var page = await AdminSite.GetDocumentAsync(editor, url);

        Assert.NotEmpty(page.QuerySelectorAll("a[href$='/edit']"));
        Assert.All(page.QuerySelectorAll("a[href$='/edit']"), a => Assert.StartsWith(url + "/", a.GetAttribute("href")));
    }

    [Fact]
    public async Task EditorWritesTheLeadTheImportCouldNotFind()
    {
        var id = _site.Factory.Query(db => db.Features.Single().Id);

        await PublishAsync("feature", id, new() { ["Content.Title"] = "答好改革之卷 育好时代新人", ["Content.Byline"] = "博达", ["Content.LeadMarkdown"] = "珠江源头，醉美曲靖。" });

        Assert.Contains("珠江源头，醉美曲靖。", await ReaderGetsAsync("/"));
    }

    [Fact]
    public async Task EditedFeatureTitleShowsEverywhereTheTitleIs()
    {
        var id = _site.Factory.Query(db => db.Features.Single().Id);

        await PublishAsync("feature", id, new() { ["Content.Title"] = "编辑改过的专题标题", ["Content.Byline"] = "博达", ["Content.LeadMarkdown"] = "导语。" });

        foreach (var url in new[] { "/", "/sections/section-1", "/timeline" })
        {
            var page = await AdminSite.ReadAsync(await _site.Anonymous().GetAsync(new Uri(url, UriKind.Relative), Ct));
            Assert.Contains("编辑改过的专题标题", page.Title);
            Assert.Contains("编辑改过的专题标题", page.QuerySelector("footer")!.TextContent);
            Assert.DoesNotContain("答好改革之卷", page.DocumentElement.OuterHtml);
        }

        var home = await AdminSite.ReadAsync(await _site.Anonymous().GetAsync(new Uri("/", UriKind.Relative), Ct));
        Assert.Equal("编辑改过的专题标题", home.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Contains("编辑改过的专题标题", await ReaderGetsAsync("/feed.xml"));
    }

    [Fact]
    public async Task EditedMilestoneMovesOnTheTimeline()
    {
        var id = _site.Factory.Query(db => db.Milestones.Single(m => m.DateText == "2022年5月").Id);

        await PublishAsync("milestones", id, new()
        {
            ["Content.Date"] = "2017", ["Content.DateText"] = "2017年", ["Content.Level"] = "School",
            ["Content.Summary"] = "编辑改过的大事。", ["Content.SourceSentence"] = "原句。",
        });

        var timeline = await AdminSite.ReadAsync(await _site.Anonymous().GetAsync(new Uri("/timeline", UriKind.Relative), Ct));
        Assert.Equal("2017年", timeline.QuerySelector(".timeline time")!.TextContent);
        Assert.Contains("编辑改过的大事", timeline.QuerySelector(".milestone p")!.TextContent);
    }

    [Fact]
    public async Task BadMilestoneDateIsExplained()
    {
        var id = _site.Factory.Query(db => db.Milestones.First().Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var response = await AdminSite.PostFormAsync(editor, $"/admin/milestones/{id}/edit", new()
        {
            ["Content.Date"] = "2022-13-45", ["Content.DateText"] = "某日", ["Content.Level"] = "City", ["Content.Summary"] = "事。", ["basedOn"] = "1", ["intent"] = "save",
        }, $"/admin/milestones/{id}/edit");
        var page = await AdminSite.ReadAsync(response);

        Assert.Contains("不是有效的日期", page.QuerySelector("[data-valmsg-for='Content.Date']")!.TextContent);
    }

    [Fact]
    public async Task EditedFigureShowsOnTheFiguresPage()
    {
        var id = _site.Factory.Query(db => db.KeyFigures.Single(f => f.Label == "常住人口").Id);

        await PublishAsync("figures", id, new() { ["Content.Value"] = "576", ["Content.Unit"] = "万人", ["Content.Label"] = "常住人口", ["Content.SourceSentence"] = "原句。" });

        Assert.Contains("576", await ReaderGetsAsync("/figures"));
    }

    [Fact]
    public async Task EditedQuoteShowsOnItsSchoolPage()
    {
        var id = _site.Factory.Query(db => db.Quotes.Single(q => q.Speaker == "张华").Id);

        await PublishAsync("quotes", id, new() { ["Content.Speaker"] = "张华", ["Content.Role"] = "曲靖市第一中学校长", ["Content.Words"] = "编辑核对后的引语。", ["Content.IsDirect"] = "true" });

        Assert.Contains("“编辑核对后的引语。”", await ReaderGetsAsync("/schools/school-1"));
    }

    [Fact]
    public async Task TrashedMilestoneLeavesTheTimelineAndComesBack()
    {
        var id = _site.Factory.Query(db => db.Milestones.Single(m => m.DateText == "2022年5月").Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        await AdminSite.PostFormAsync(editor, $"/admin/milestones/{id}/trash", [], "/admin/milestones");
        var without = await ReaderGetsAsync("/timeline");
        await AdminSite.PostFormAsync(editor, $"/admin/milestones/{id}/untrash", [], "/admin/milestones");

        Assert.DoesNotContain("2022年5月", without);
        Assert.Contains("2022年5月", await ReaderGetsAsync("/timeline"));
        Assert.Equal(7, _site.Factory.Query(db => db.Milestones.Count()));
    }

    [Fact]
    public async Task TheFeatureCannotBeTrashed()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var id = _site.Factory.Query(db => db.Features.Single().Id);

        var response = await AdminSite.PostFormAsync(editor, $"/admin/feature/{id}/trash", [], "/admin/feature");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(_site.Factory.Query(db => db.Features.Single().DeletedAt));
    }
}
