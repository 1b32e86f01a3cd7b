using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

[Collection(PublicPagesCollection.Name)]
public class PublicPagesBrowserTests(BrowserFixture browser)
{
    public static TheoryData<string, int, string> Visits()
    {
        var data = new TheoryData<string, int, string>();
        string[] pages = ["/admin/login", "/", "/sections/section-1", "/sections/section-4", "/sections/section-5", "/schools", "/schools/school-1", "/timeline", "/figures", "/corrections", "/search?q=党建", "/search?q=没有这个词"];
        foreach (var page in pages)
        {
            data.Add(page, 375, "light");
            data.Add(page, 1280, "light");
            data.Add(page, 375, "dark");
            data.Add(page, 1280, "dark");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Visits))]
    public async Task PublicPageLoadsCleanlyAndPassesAxe(string path, int width, string scheme)
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        var site = browser.Site!.Address;
        await using var context = await browser.Browser!.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 900 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            Locale = "zh-CN",
        });
        await CspWatch.AttachAsync(context);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console: {message.Text}");
            }
        };
        page.RequestFailed += (_, request) => problems.Add($"failed: {request.Url}");
        page.Request += (_, request) =>
        {
            if (new Uri(request.Url).Authority != site.Authority)
            {
                problems.Add($"other host: {request.Url}");
            }
        };

        var response = await page.GotoAsync(new Uri(site, path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(200, response?.Status);
        var axe = await page.RunAxeForViolations(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var name = $"{path.Trim('/').Replace('/', '_').Replace('?', '_').Replace('=', '-')}{(path == "/" ? "home" : "")}-{width}-{scheme}";
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
        // What the reader sees first, at full resolution (a full-page shot is scaled down when viewed).
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + "-top.png") });

        Assert.Empty(await CspWatch.ViolationsAsync(page));
        Assert.Empty(problems);
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
    }

    [Fact]
    public async Task PhoneReaderSeesNoHorizontalScrolling()
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        await using var context = await browser.Browser!.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 700 } });
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/", "/sections/section-1", "/schools", "/timeline", "/figures", "/corrections" })
        {
            await page.GotoAsync(new Uri(browser.Site!.Address, path).ToString());

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at 320px");
        }
    }
}
