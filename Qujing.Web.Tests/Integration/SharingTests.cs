using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace Qujing.Web.Tests.Integration;

public class SharingTests(SiteFixture site)
{
    [Theory]
    [InlineData("/", "NewsArticle")]
    [InlineData("/sections/section-2", "NewsArticle")]
    [InlineData("/schools/school-1", "EducationalOrganization")]
    public async Task PagesCarryTitleDescriptionCanonicalOpenGraphAndJsonLd(string url, string type)
    {
        var (_, document) = await site.GetAsync(url);

        Assert.NotEmpty(document.QuerySelector("meta[name=description]")!.GetAttribute("content")!);
        Assert.EndsWith(url, document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.NotEmpty(document.QuerySelector("meta[property='og:title']")!.GetAttribute("content")!);
        Assert.Matches(@"^http://localhost/.*share\.png\?v=[0-9a-f]+$", document.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        using var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(type, json.RootElement.GetProperty("@type").GetString());
    }

    [Fact]
    public async Task SchoolJsonLdNamesTheSchoolAndItsOtherNames()
    {
        var (_, document) = await site.GetAsync("/schools/school-1");

        using var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("曲靖市第一中学", json.RootElement.GetProperty("name").GetString());
        Assert.Contains("曲靖一中", json.RootElement.GetProperty("alternateName").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task SitemapListsEveryPublicPage()
    {
        var xml = XDocument.Parse(await site.Client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken));

        var locations = xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToList();
        Assert.Equal(5 + 5 + 8, locations.Count);
        Assert.Contains("/corrections", locations);
        Assert.Contains("/sections/section-5", locations);
        Assert.Contains("/schools/school-8", locations);
    }

    [Fact]
    public async Task AtomFeedHasAnEntryPerSection()
    {
        var response = await site.Client.GetAsync(new Uri("/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("答好改革之卷 育好时代新人", xml.Root!.Element(atom + "title")!.Value);
        Assert.Equal(5, xml.Root.Elements(atom + "entry").Count());
    }

    [Fact]
    public async Task RobotsPointsToTheSitemap()
    {
        var robots = await site.Client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Sitemap: http", robots);
        Assert.Contains("Disallow: /admin", robots);
    }

    [Theory]
    [InlineData("/share.png", "image/png")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task ShareImageAndIconAreServed(string url, string type)
    {
        var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SchoolsPageDrawsATilePerCountyLinkingToItsList()
    {
        var (_, document) = await site.GetAsync("/schools");

        var tiles = document.QuerySelectorAll(".county-map a");
        Assert.Equal(5, tiles.Length);
        Assert.All(tiles, a => Assert.NotNull(document.QuerySelector(a.GetAttribute("href")!)));
    }

    [Fact]
    public async Task HeaderLinksEverySectionAndFooterNamesTheSource()
    {
        var (_, document) = await site.GetAsync("/timeline");

        Assert.Equal(5, document.QuerySelectorAll(".site-nav a[href^='/sections/']").Length);
        Assert.Contains("博达", document.QuerySelector(".site-footer")!.TextContent);
        Assert.Null(document.QuerySelector(".site-footer .icp"));
    }
}

public class IcpFilingTests
{
    [Fact]
    public async Task ConfiguredIcpFilingIsShownInTheFooter()
    {
        using var factory = new ConfiguredFactory();
        var html = await factory.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<p class=\"icp\">滇ICP备00000000号</p>", html);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.test/\">", html);
    }

    private sealed class ConfiguredFactory : QujingFactoryWith
    {
        public ConfiguredFactory()
            : base(("Site:IcpFiling", "滇ICP备00000000号"), ("Site:BaseUrl", "https://example.test/"))
        {
        }
    }
}
