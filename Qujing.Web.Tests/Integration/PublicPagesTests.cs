using System.Net;
using AngleSharp.Dom;
using Qujing.Web.Import;

namespace Qujing.Web.Tests.Integration;

public class PublicPagesTests(SiteFixture site)
{
    public static TheoryData<string> Pages => new()
    {
        "/", "/sections/section-1", "/sections/section-5", "/schools", "/schools/school-1", "/timeline", "/figures", "/corrections",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPublicPageIsChineseAndShowsNoParagraphTwice(string url)
    {
        var (response, document) = await site.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var paragraphs = document.QuerySelectorAll("main p").Select(p => p.TextContent.Trim()).Where(t => t.Length > 20).ToList();
        Assert.Equal(paragraphs.Count, paragraphs.Distinct().Count());
    }

    [Fact]
    public async Task HomePageShowsTitleBylineFiguresSectionsMilestonesAndSchools()
    {
        var (_, document) = await site.GetAsync("/");

        Assert.Equal("答好改革之卷 育好时代新人", document.QuerySelector("h1")?.TextContent);
        Assert.Contains("博达", document.QuerySelector(".byline")?.TextContent);
        Assert.Equal(8, document.QuerySelectorAll(".figure-card").Length);
        Assert.Equal(["亮点展示", "高位统筹推进", "破解改革难题", "擦亮教育品牌", "沾益区：全链条推动教育发展组织化"],
            document.QuerySelectorAll(".cards h3 a").Select(a => a.TextContent));
        Assert.NotEmpty(document.QuerySelectorAll(".timeline .milestone"));
        Assert.Equal(8, document.QuerySelectorAll(".county-summary a[href^=\"/schools/\"]").Length);
    }

    [Fact]
    public async Task SectionPageShowsItsParagraphsWithAnchorsAndNeighbours()
    {
        var (_, document) = await site.GetAsync("/sections/section-2");

        Assert.Equal("02高位统筹推进", document.QuerySelector("h1")?.TextContent);
        Assert.Equal(["p1", "p2", "p3"], document.QuerySelectorAll(".body p").Select(p => p.Id!));
        Assert.Equal("/sections/section-1", document.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/sections/section-3", document.QuerySelector("a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task SectionPageReadsSplitWordsJoined()
    {
        var (_, document) = await site.GetAsync("/sections/section-3");
        var text = document.QuerySelector(".body")!.TextContent;

        Assert.Contains("构建“1+9+N”制度体系", text);
        Assert.Contains("全省教育中心建设", text);
    }

    [Fact]
    public async Task SchoolsPageListsEverySchoolUnderItsCounty()
    {
        var (_, document) = await site.GetAsync("/schools");

        var groups = document.QuerySelectorAll("section.county").ToDictionary(
            s => s.QuerySelector("h2")!.ChildNodes.OfType<IText>().First().Text.Trim(),
            s => s.QuerySelectorAll(".schools a").Select(a => a.TextContent).ToList());
        Assert.Equal(["曲靖市第一中学"], groups["市直学校"]);
        Assert.Equal(["宣威市第五中学", "宣威市明德小学", "宣威市第六中学", "宣威县第一中学"], groups["宣威市"]);
        Assert.Equal(["富源县第六中学"], groups["富源县"]);
        Assert.Equal(["会泽县振兴小学"], groups["会泽县"]);
        Assert.Equal(["罗平县振兴小学"], groups["罗平县"]);
        Assert.Equal(5, groups.Count);
    }

    [Fact]
    public async Task SchoolPageShowsPassagesQuoteCountyAndOtherNames()
    {
        var slug = site.Factory.Query(db => db.Schools.Single(s => s.Name == "曲靖市第一中学").Slug);
        var (_, document) = await site.GetAsync($"/schools/{slug}");

        Assert.Equal("曲靖市第一中学", document.QuerySelector("h1")?.TextContent);
        var facts = document.QuerySelector(".facts")!.TextContent;
        Assert.Contains("曲靖市", facts);
        Assert.Contains("曲靖一中", facts);
        Assert.Contains("曲一中", facts);
        Assert.Contains("张华", document.QuerySelector(".quote footer")?.TextContent);
        Assert.Contains(document.QuerySelectorAll(".body p"), p => p.TextContent.StartsWith("2022年5月", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TimelineShowsEachMilestoneOnceInDateOrder()
    {
        var (_, document) = await site.GetAsync("/timeline");

        var dates = document.QuerySelectorAll(".timeline time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(["2018-09-10", "2021-11-24", "2022", "2022-01-16", "2022-05", "2022", "2022"], dates);
        Assert.Single(document.QuerySelectorAll(".milestone p"), p => p.TextContent.Contains("中共中央办公厅印发", StringComparison.Ordinal));
        Assert.All(document.QuerySelectorAll(".milestone a.source"), a => Assert.Matches("^/sections/section-\\d#p\\d+$", a.GetAttribute("href")!));
    }

    [Fact]
    public async Task FiguresPageShowsEachFigureWithItsSourceSentence()
    {
        var (_, document) = await site.GetAsync("/figures");

        Assert.Equal(8, document.QuerySelectorAll(".figure-card").Length);
        var groups = document.QuerySelectorAll(".figure-group").ToList();
        Assert.Equal(4, groups.Count);
        var first = groups[0];
        Assert.Equal("575.6万人", first.QuerySelector(".value")!.TextContent);
        Assert.Equal("常住人口", first.QuerySelector("figcaption")!.TextContent);
        Assert.Contains("常住人口575.6万人", first.QuerySelector(".source-sentence")!.TextContent);
        Assert.All(groups, g => Assert.Matches("^/sections/section-\\d#p\\d+$", g.QuerySelector("a.source")!.GetAttribute("href")!));
    }

    [Theory]
    [InlineData("/sections/no-such-section")]
    [InlineData("/schools/no-such-school")]
    [InlineData("/no/such/page")]
    public async Task UnknownAddressesGetAChinese404Page(string url)
    {
        var (response, document) = await site.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("页面不存在", document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task ChineseTextIsSentAsCharactersNotReferences()
    {
        var response = await site.Client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("答好改革之卷", response);
        // Razor's default encoder would write every Chinese character as a numeric reference (&#x7B54;).
        Assert.DoesNotMatch("&#x(2E[89A-F]|[3-9A-F])[0-9A-F]{3};", response);
        Assert.DoesNotContain("&#xB7;", response);
    }

    [Fact]
    public async Task ImportReportIsStoredWithTheContent()
    {
        await site.GetAsync("/");

        var kinds = site.Factory.Query(db => db.ImportReportItems.Select(i => i.Kind).ToList());
        Assert.Contains(ReportKind.JoinedSplitWord, kinds);
        Assert.Contains(ReportKind.HeadingMismatch, kinds);
        Assert.Equal(1, site.Factory.Query(db => db.ImportRuns.Count()));
    }
}
