using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ZXing;
using ZXing.Common;

namespace Qujing.Web.Tests.Integration;

/// <summary>"分享到微信": a QR code of the page's canonical address, drawn by the site, under the strict CSP.</summary>
public partial class WeChatShareTests(SiteFixture site)
{
    [Theory]
    [InlineData("/sections/section-4")]
    [InlineData("/schools/school-1")]
    public async Task PageShowsAQrCodeOfItsCanonicalAddress(string url)
    {
        var (_, document) = await site.GetAsync(url);

        var block = Assert.Single(document.QuerySelectorAll(".wechat-share"));
        Assert.Equal("分享到微信", block.QuerySelector("h2")?.TextContent.Trim());
        var svg = Assert.Single(block.QuerySelectorAll("svg"));
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.False(string.IsNullOrEmpty(svg.GetAttribute("aria-label")));
        Assert.Equal(document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Decode(svg));
    }

    [Fact]
    public async Task QrCodeHasNoInlineStyle()
    {
        var (_, document) = await site.GetAsync("/sections/section-4");

        var svg = document.QuerySelector(".wechat-share svg")!;
        Assert.Empty(svg.QuerySelectorAll("[style], style"));
        Assert.Null(svg.GetAttribute("style"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=党建")]
    public async Task PagesThatAreNotASectionOrSchoolHaveNoQrCode(string url)
    {
        var (_, document) = await site.GetAsync(url);

        Assert.Null(document.QuerySelector(".wechat-share"));
    }

    /// <summary>Reads the dark modules back out of the SVG's rectangles and lets ZXing decode them, as a phone would.</summary>
    private static string Decode(IElement svg)
    {
        var box = svg.GetAttribute("viewBox")!.Split(' ').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        const int scale = 4;
        var (width, height) = (box[2] * scale, box[3] * scale);
        var pixels = Enumerable.Repeat((byte)255, width * height).ToArray();
        foreach (var path in svg.QuerySelectorAll("path"))
        {
            foreach (Match run in Run().Matches(path.GetAttribute("d")!))
            {
                var (x, y, w) = (Number(run, 1), Number(run, 2), Number(run, 3));
                for (var row = y * scale; row < (y + 1) * scale; row++)
                {
                    Array.Fill(pixels, (byte)0, (row * width) + (x * scale), w * scale);
                }
            }
        }

        var image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8)));
        var result = new ZXing.QrCode.QRCodeReader().decode(image);
        return result?.Text ?? "(nothing decoded)";

        static int Number(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"M([0-9]+) ([0-9]+)h([0-9]+)v1h-[0-9]+z")]
    private static partial Regex Run();
}
