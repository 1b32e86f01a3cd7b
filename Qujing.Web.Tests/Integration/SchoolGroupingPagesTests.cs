using System.Text.Json;
using AngleSharp.Dom;

namespace Qujing.Web.Tests.Integration;

/// <summary>Schools grouped as the text places them: the city's own school is no county's, and an old name is explained.</summary>
public class SchoolGroupingPagesTests(SiteFixture site)
{
    private string SlugOf(string name) => site.Factory.Query(db => db.Schools.Single(s => s.Name == name).Slug);

    private static Dictionary<string, List<string>> Groups(IDocument document) =>
        document.QuerySelectorAll("section.county").ToDictionary(
            s => s.QuerySelector("h2")!.ChildNodes.OfType<IText>().First().Text.Trim(),
            s => s.QuerySelectorAll(".schools a").Select(a => a.TextContent).ToList());

    [Fact]
    public async Task SchoolsPageListsTheCitysOwnSchoolAsCityLevelNotAsACounty()
    {
        var (_, document) = await site.GetAsync("/schools");

        var groups = Groups(document);
        Assert.Equal(["曲靖市第一中学"], groups["市直学校"]);
        Assert.DoesNotContain("曲靖市", groups.Keys);
        Assert.Contains("市直学校", document.QuerySelectorAll(".county-map .tile-name").Select(t => t.TextContent));
    }

    [Fact]
    public async Task SchoolsPageListsNoCountyWithoutASchool()
    {
        var (_, document) = await site.GetAsync("/schools");

        Assert.Equal(["市直学校", "宣威市", "富源县", "会泽县", "罗平县"], Groups(document).Keys.OrderBy(k => k == "市直学校" ? 0 : 1));
        Assert.DoesNotContain("0 所", document.QuerySelector("main")!.TextContent);
        Assert.Equal(5, document.QuerySelectorAll(".county-map a").Length);
    }

    [Fact]
    public async Task HomePageCallsTheCitysOwnSchoolCityLevel()
    {
        var (_, document) = await site.GetAsync("/");

        var groups = document.QuerySelectorAll(".county-summary > li > a:first-child").Select(a => a.TextContent).ToList();
        Assert.Contains("市直学校", groups);
        Assert.DoesNotContain("曲靖市", groups);
    }

    [Fact]
    public async Task SchoolPageOfTheCitysOwnSchoolNamesItsGroupInBreadcrumbAndFacts()
    {
        var (_, document) = await site.GetAsync($"/schools/{SlugOf("曲靖市第一中学")}");

        Assert.Contains("市直学校", document.QuerySelector(".breadcrumbs")!.TextContent);
        var facts = document.QuerySelector(".facts")!;
        Assert.DoesNotContain(facts.QuerySelectorAll("dt"), dt => dt.TextContent.Contains('县', StringComparison.Ordinal));
        Assert.Contains("市直学校", facts.TextContent);
    }

    [Fact]
    public async Task SchoolPageOfACountySchoolNamesItsCountyInTheBreadcrumb()
    {
        var (_, document) = await site.GetAsync($"/schools/{SlugOf("富源县第六中学")}");

        Assert.Equal(["首页", "学校", "富源县"], document.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task SchoolPageWithAnOldPlaceNameGivesTheCurrentNameAndWhy()
    {
        var (_, document) = await site.GetAsync($"/schools/{SlugOf("宣威县第一中学")}");

        var facts = document.QuerySelector(".facts")!.TextContent;
        Assert.Contains("宣威市第一中学", facts);
        Assert.Contains("原文作“宣威县第一中学”；宣威已于1994年撤县设市", facts);
    }

    [Fact]
    public async Task SchoolsPageExplainsTheOldPlaceName()
    {
        var (_, document) = await site.GetAsync("/schools");

        var item = document.QuerySelectorAll(".schools li").Single(li => li.QuerySelector("a")!.TextContent == "宣威县第一中学");
        Assert.Contains("宣威已于1994年撤县设市", item.TextContent);
    }

    [Fact]
    public async Task SchoolJsonLdListsTheCurrentNameAmongItsNames()
    {
        var (_, document) = await site.GetAsync($"/schools/{SlugOf("宣威县第一中学")}");

        using var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Contains("宣威市第一中学", json.RootElement.GetProperty("alternateName").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("宣威市", json.RootElement.GetProperty("address").GetProperty("addressLocality").GetString());
    }

    [Theory]
    [InlineData("宣威市第一中学", "宣威县第一中学")]
    [InlineData("宣威县第一中学", "宣威县第一中学")]
    [InlineData("市直学校", "曲靖市第一中学")]
    public async Task SearchFindsASchoolByAnyOfItsNamesAndItsGroup(string query, string school)
    {
        var (_, document) = await site.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Contains($"/schools/{SlugOf(school)}", document.QuerySelectorAll(".results li a").Select(a => a.GetAttribute("href")));
    }
}
