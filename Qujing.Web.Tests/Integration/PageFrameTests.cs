namespace Qujing.Web.Tests.Integration;

/// <summary>The frame around every page (header, hero) and what the home page shows first.</summary>
public class PageFrameTests(SiteFixture site)
{
    [Theory]
    [InlineData("/sections/section-4", "/sections/section-4")]
    [InlineData("/timeline", "/timeline")]
    [InlineData("/schools", "/schools")]
    public async Task HeaderMarksTheLinkToTheCurrentPage(string url, string current)
    {
        var (_, document) = await site.GetAsync(url);

        var marked = document.QuerySelectorAll(".site-nav a[aria-current]").ToList();
        Assert.Equal(current, Assert.Single(marked).GetAttribute("href"));
        Assert.Equal("page", marked[0].GetAttribute("aria-current"));
    }

    [Fact]
    public async Task HeaderMarksTheSchoolsLinkAsTheCurrentPartOnASchoolsPage()
    {
        var (_, document) = await site.GetAsync("/schools/school-1");

        var marked = Assert.Single(document.QuerySelectorAll(".site-nav a[aria-current]"));
        Assert.Equal("/schools", marked.GetAttribute("href"));
        Assert.Equal("true", marked.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task HomeTitleBreaksAtItsSpaceAndStaysOneHeading()
    {
        var (_, document) = await site.GetAsync("/");

        var title = document.QuerySelector(".hero h1")!;
        Assert.Equal(["答好改革之卷", "育好时代新人"], title.QuerySelectorAll(".title-line").Select(l => l.TextContent));
        Assert.Equal("答好改革之卷 育好时代新人", title.TextContent);
    }

    [Fact]
    public async Task HomeHeroCarriesItsOwnBannerAndTheSectionCardsFollowIt()
    {
        var (_, document) = await site.GetAsync("/");

        var hero = document.QuerySelector(".hero")!;
        Assert.NotNull(hero.QuerySelector("svg.hero-banner[aria-hidden=true]"));
        Assert.Empty(hero.QuerySelectorAll("img"));
        Assert.Equal("sections-title", hero.NextElementSibling?.GetAttribute("aria-labelledby"));
    }

    [Fact]
    public async Task HomeCardsDoNotRepeatTheLead()
    {
        var (_, document) = await site.GetAsync("/");

        var lead = document.QuerySelector(".hero .lead")!.TextContent;
        var excerpts = document.QuerySelectorAll(".cards .card p").Select(p => p.TextContent.TrimEnd('…')).ToList();
        Assert.Equal(5, excerpts.Count);
        Assert.All(excerpts, e => Assert.DoesNotContain(e, lead, StringComparison.Ordinal));
        Assert.StartsWith("试点工作的关键在于制度破题", excerpts[2], StringComparison.Ordinal);
        Assert.StartsWith("曲靖是云南省第二大经济体", excerpts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPageCarriesAPrintedFrameWithItsAddress()
    {
        var (_, document) = await site.GetAsync("/timeline");

        var frame = document.QuerySelector(".print-frame")!.TextContent;
        Assert.Contains("《答好改革之卷 育好时代新人》", frame);
        Assert.Contains("文／博达", frame);
        Assert.Contains("原文未载明", frame);
        Assert.Contains(document.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!, frame);
    }
}
