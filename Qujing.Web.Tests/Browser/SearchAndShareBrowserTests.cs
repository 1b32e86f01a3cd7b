using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace Qujing.Web.Tests.Browser;

/// <summary>Search results and the 分享到微信 block as readers see them, at phone and desktop width, light and dark.</summary>
[Collection(BrowserCollection.Name)]
public class SearchAndShareBrowserTests(BrowserFixture browser)
{
    public static TheoryData<string, string, int, string> Views()
    {
        var data = new TheoryData<string, string, int, string>();
        (string Path, string Part)[] views = [("/search?q=劳动教育", "main"), ("/search?q=宣威", "main"), ("/sections/section-4", ".wechat-share"), ("/schools/school-3", ".wechat-share")];
        foreach (var (path, part) in views)
        {
            foreach (var width in new[] { 375, 1280 })
            {
                data.Add(path, part, width, "light");
                data.Add(path, part, width, "dark");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task SearchResultsAndShareBlockPassAxeUnderTheCsp(string path, string part, int width, string scheme)
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        await using var context = await NewContextAsync(width, scheme);
        await CspWatch.AttachAsync(context);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(new Uri(browser.Site!.Address, path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(200, response?.Status);
        var axe = await page.RunAxeForViolations(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
        var name = $"14b-{path.Trim('/').Replace('/', '_').Replace('?', '_').Replace('=', '-')}-{width}-{scheme}";
        await page.Locator(part).First.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png") });
        Assert.Empty(await CspWatch.ViolationsAsync(page));
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at {width}px");
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task QrCodeOnScreenScansToThePagesAddress(string scheme)
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        await using var context = await NewContextAsync(375, scheme);
        var page = await context.NewPageAsync();
        var address = new Uri(browser.Site!.Address, "/sections/section-4").ToString();
        await page.GotoAsync(address);

        // What a phone camera would see: the code as the browser drew it, with its white margin.
        var shot = await page.Locator(".wechat-share .qr").ScreenshotAsync();

        using var bitmap = SKBitmap.Decode(shot);
        var luminance = bitmap.Pixels.Select(p => (byte)((p.Red + p.Green + p.Blue) / 3)).ToArray();
        var result = new ZXing.QrCode.QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.Gray8))));
        Assert.Equal(address, result?.Text);
    }

    private Task<IBrowserContext> NewContextAsync(int width, string scheme) => browser.Browser!.NewContextAsync(new()
    {
        ViewportSize = new() { Width = width, Height = 900 },
        ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        Locale = "zh-CN",
    });
}
