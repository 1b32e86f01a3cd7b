using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SkiaSharp;

namespace Qujing.Web.Tests.Integration;

/// <summary>Issue 14's sharing findings: what a crawler or a messenger reads from the page head, and the images it fetches.</summary>
public partial class ShareImageTests(SiteFixture site)
{
    private const string Feature = "答好改革之卷 育好时代新人";

    [Theory]
    [InlineData("/")]
    [InlineData("/sections/section-2")]
    [InlineData("/schools/school-1")]
    [InlineData("/timeline")]
    public async Task PagesDeclareTheirShareImageWithSizeAndAltAndATwitterCard(string url)
    {
        var (_, document) = await site.GetAsync(url);

        Assert.StartsWith("http://localhost/", Meta(document, "og:image"), StringComparison.Ordinal);
        Assert.Equal("1200", Meta(document, "og:image:width"));
        Assert.Equal("630", Meta(document, "og:image:height"));
        Assert.Equal("image/png", Meta(document, "og:image:type"));
        Assert.Contains(Feature, Meta(document, "og:image:alt"), StringComparison.Ordinal);
        Assert.Equal("summary_large_image", document.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task SectionPagesAreSharedAsSectionAndFeature()
    {
        var (_, section) = await site.GetAsync("/sections/section-4");
        var (_, home) = await site.GetAsync("/");

        Assert.Equal($"擦亮教育品牌 · {Feature}", Meta(section, "og:title"));
        Assert.Equal(Feature, Meta(home, "og:title"));
        Assert.Contains("擦亮教育品牌", Meta(section, "og:image:alt"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task EachSectionHasItsOwnShareImageOnItsAccentColour(int position)
    {
        var (_, document) = await site.GetAsync($"/sections/section-{position}");
        var image = new Uri(Meta(document, "og:image")).PathAndQuery;

        var response = await site.Client.GetAsync(new Uri(image, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));

        // The colour the site's stylesheet gives the section (theme-N), so the card and the page match.
        // Read once: reading the stylesheet per pixel made this test take 17 s instead of 0.3 s.
        var accent = ThemeColour(position);
        Assert.Equal(accent, bitmap.GetPixel(8, 8));
        Assert.True(bitmap.Pixels.Count(p => p != accent) > 20_000, "the card has no title on it");
    }

    [Fact]
    public async Task SectionShareImagesDifferAndHomeHasTheFeaturesOwn()
    {
        var images = new List<string>();
        foreach (var url in new[] { "/", "/sections/section-1", "/sections/section-2" })
        {
            var (_, document) = await site.GetAsync(url);
            images.Add(new Uri(Meta(document, "og:image")).PathAndQuery);
        }

        Assert.Equal(3, images.Distinct().Count());
        var bytes = await Task.WhenAll(images.Select(i => site.Client.GetByteArrayAsync(new Uri(i, UriKind.Relative), TestContext.Current.CancellationToken)));
        Assert.Equal(3, bytes.Select(Convert.ToBase64String).Distinct().Count());
    }

    [Fact]
    public async Task AShareImageOfAnUnknownSectionIsNotFound()
    {
        var response = await site.Client.GetAsync(new Uri("/sections/no-such-section/share.png", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Meta(IDocument document, string property) =>
        document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content") ?? "";

    private static SKColor ThemeColour(int position)
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, "Qujing.Web", "wwwroot", "css", "site.css"));
        return SKColor.Parse(ThemeVariable().Matches(css).First(m => m.Groups[1].Value == position.ToString(System.Globalization.CultureInfo.InvariantCulture)).Groups[2].Value);
    }

    [GeneratedRegex("--t([0-9]+): *(#[0-9a-fA-F]{6})")]
    private static partial Regex ThemeVariable();
}
