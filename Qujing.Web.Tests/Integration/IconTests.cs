using System.Buffers.Binary;
using System.Net;
using SkiaSharp;

namespace Qujing.Web.Tests.Integration;

/// <summary>The icons browsers and phones ask for by fixed address (issue 14: /favicon.ico and /apple-touch-icon.png were 404).</summary>
public class IconTests(SiteFixture site)
{
    [Fact]
    public async Task AppleTouchIconIsA180PixelPng()
    {
        var response = await GetAsync("/apple-touch-icon.png");

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal((180, 180), (bitmap.Width, bitmap.Height));
        Assert.True(bitmap.Pixels.Distinct().Count() > 2, "the icon is a blank square");
    }

    [Fact]
    public async Task FaviconIcoHoldsImagesOfTheSizesItStates()
    {
        var response = await GetAsync("/favicon.ico");

        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        var ico = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0, 0, 1, 0], ico[..4]);
        var count = BinaryPrimitives.ReadUInt16LittleEndian(ico.AsSpan(4));
        var sizes = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var entry = ico.AsSpan(6 + (16 * i), 16);
            var stated = entry[0] == 0 ? 256 : entry[0];
            var length = BinaryPrimitives.ReadInt32LittleEndian(entry[8..]);
            var offset = BinaryPrimitives.ReadInt32LittleEndian(entry[12..]);
            using var bitmap = SKBitmap.Decode(ico.AsSpan(offset, length));
            Assert.Equal((stated, stated), (bitmap.Width, bitmap.Height));
            sizes.Add(stated);
        }

        Assert.Equal([16, 32, 48], sizes);
    }

    [Fact]
    public async Task SvgIconDrawsItsMarkWithoutAFont()
    {
        var response = await GetAsync("/favicon.svg");

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<text", svg, StringComparison.Ordinal);
        Assert.Contains("<path", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesLinkTheIcons()
    {
        var (_, document) = await site.GetAsync("/");

        Assert.NotNull(document.QuerySelector("link[rel=icon][href='/favicon.ico']"));
        Assert.NotNull(document.QuerySelector("link[rel=icon][href='/favicon.svg'][type='image/svg+xml']"));
        Assert.NotNull(document.QuerySelector("link[rel=apple-touch-icon][href='/apple-touch-icon.png']"));
    }

    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Public, $"{url} is not cacheable");
        return response;
    }
}
