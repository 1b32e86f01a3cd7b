using AngleSharp.Dom;

namespace Qujing.Web.Tests.Integration;

/// <summary>Issue 14's findings on how search results read, one test each.</summary>
public class SearchReadingTests(SiteFixture site)
{
    [Theory]
    [InlineData("劳动教育")]
    [InlineData("宣威")]
    [InlineData("市直学校")]
    public async Task SchoolSnippetsDoNotStartWithTheirCountyName(string query)
    {
        var results = await ResultsAsync(query);

        // "宣威市 宣威市明德小学…", "富源县 宣威市明德小学…": the group names the index searches are not the passage.
        Assert.DoesNotContain(results, r => Snippet(r).StartsWith("宣威市 ", StringComparison.Ordinal)
            || Snippet(r).StartsWith("富源县 ", StringComparison.Ordinal) || Snippet(r).StartsWith("市直学校 ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("劳动教育")]
    [InlineData("宣威")]
    [InlineData("导师")]
    public async Task IdenticalPassagesAreShownOnce(string query)
    {
        var results = await ResultsAsync(query);

        var snippets = results.Select(Snippet).Where(s => s.Length > 0).ToList();
        Assert.Equal(snippets.Distinct().Count(), snippets.Count);
    }

    [Fact]
    public async Task APassageShownOnceNamesTheOtherPlacesItIsIn()
    {
        var results = await ResultsAsync("劳动教育");

        var paragraph = Assert.Single(results, r => Href(r) == "/sections/section-4#p4");
        var alsoIn = paragraph.QuerySelectorAll(".also-in a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/schools/school-5", alsoIn);
        Assert.Contains("/figures#f8", alsoIn);
        Assert.StartsWith("也见于", paragraph.QuerySelector(".also-in")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain(results, r => Href(r) is "/schools/school-5" or "/figures#f8");
    }

    [Fact]
    public async Task ASchoolThatOnlyRepeatsAPassageIsNamedUnderIt()
    {
        var results = await ResultsAsync("乡土");

        var paragraph = Assert.Single(results);
        Assert.Equal("/sections/section-4#p3", Href(paragraph));
        Assert.Equal(["/schools/school-3", "/schools/school-4", "/schools/school-1"], paragraph.QuerySelectorAll(".also-in a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task ASchoolTheQueryNamesIsListedWithoutRepeatingItsPassage()
    {
        var (_, document) = await site.GetAsync("/search?q=" + Uri.EscapeDataString("宣威"));

        var schools = document.QuerySelectorAll("#group-School + .results > li").ToList();
        Assert.Equal(["/schools/school-2", "/schools/school-3", "/schools/school-5", "/schools/school-7"], schools.Select(Href).Order(StringComparer.Ordinal));
        Assert.All(schools, s => Assert.Null(s.QuerySelector(".snippet")));
        Assert.All(schools, s => Assert.Equal("宣威市", Where(s)));
    }

    [Fact]
    public async Task ResultsFromTheSameSectionSayWhichParagraph()
    {
        var results = await ResultsAsync("劳动教育");

        // Two results were both titled only "擦亮教育品牌".
        var names = results.Select(r => r.QuerySelector("a")!.TextContent.Trim()).ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Contains(results, r => Href(r) == "/sections/section-4#p3" && Where(r) == "第3段");
        Assert.Contains(results, r => Href(r) == "/sections/section-4#p4" && Where(r) == "第4段");
    }

    [Theory]
    [InlineData("劳动教育")]
    [InlineData("宣威")]
    [InlineData("乡土")]
    [InlineData("党建")]
    [InlineData("市直学校")]
    public async Task EveryResultSaysWhereItIs(string query)
    {
        var results = await ResultsAsync(query);

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.NotEmpty(Where(r)));
    }

    [Fact]
    public async Task SchoolResultsSayWhichGroupTheyAreIn()
    {
        var results = await ResultsAsync("市直学校");

        var school = Assert.Single(results, r => Href(r) == "/schools/school-1");
        Assert.Equal("市直学校", Where(school));
    }

    [Theory]
    [InlineData("劳动教育")]
    [InlineData("宣威")]
    [InlineData("导师")]
    [InlineData("乡土")]
    [InlineData("党建")]
    [InlineData("会泽")]
    public async Task SnippetsStartAtASentenceBoundary(string query)
    {
        var results = await ResultsAsync(query);

        // One snippet began "…程，有力促进": in the middle of a word.
        Assert.All(results.Select(Snippet).Where(s => s.Length > 0), s => Assert.False(s.StartsWith('…'), s));
    }

    [Theory]
    [InlineData("时代新人")]
    [InlineData("答好改革之卷")]
    [InlineData("育好 改革")]
    public async Task FeatureTitleWordsFindTheHomePage(string query)
    {
        var results = await ResultsAsync(query);

        var home = Assert.Single(results, r => Href(r) == "/");
        Assert.Equal("专题首页", Where(home));
    }

    [Fact]
    public async Task AHeadingWordFindsItsSectionOnceNotEachParagraph()
    {
        var results = await ResultsAsync("擦亮");

        // Every paragraph of 擦亮教育品牌 used to be a result of its own, none of them with the word in it.
        Assert.Single(results, r => Href(r) == "/sections/section-4");
        Assert.DoesNotContain(results, r => Href(r).StartsWith("/sections/section-4#", StringComparison.Ordinal));
        Assert.Contains(results, r => Href(r) == "/sections/section-5#p1" && r.QuerySelectorAll(".snippet mark").Length > 0);
    }

    [Fact]
    public async Task AHeadingWordStillNarrowsAnotherWordToItsSection()
    {
        var results = await ResultsAsync("擦亮 会泽");

        Assert.Contains(results, r => Href(r) == "/sections/section-4#p8");
        Assert.DoesNotContain(results, r => Href(r) == "/sections/section-4");
    }

    private async Task<List<IElement>> ResultsAsync(string query)
    {
        var (_, document) = await site.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        return [.. document.QuerySelectorAll(".results > li")];
    }

    private static string Href(IElement result) => result.QuerySelector("a")!.GetAttribute("href")!;

    private static string Snippet(IElement result) => result.QuerySelector(".snippet")?.TextContent.Trim() ?? "";

    private static string Where(IElement result) => result.QuerySelector(".where")?.TextContent.Trim() ?? "";
}
