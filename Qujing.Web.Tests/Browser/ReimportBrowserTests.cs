using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

/// <summary>An Admin re-imports as in a browser: pastes the text, reads the review on a phone and a desktop, light and dark, and drops it.</summary>
[Collection(BrowserCollection.Name)]
public class ReimportBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheReviewReadsCleanlyAtEveryWidthAndSchemeAndCanBeDropped()
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        var site = browser.Site!.Address;
        await using var context = await browser.Browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        await CspWatch.AttachAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site, "/admin/import").ToString());
        await page.FillAsync("#UserName", SiteServer.AdminName);
        await page.FillAsync("#Password", SiteServer.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin/import");

        var text = (await File.ReadAllTextAsync(RepoPaths.SourceArticle, TestContext.Current.CancellationToken))
            .Replace("破解改革难题", "破解改革难题与展望", StringComparison.Ordinal);
        await page.FillAsync("#text", text);
        await page.ClickAsync("form.wide button[type=submit]");
        await page.WaitForURLAsync("**/admin/import/*");

        // An update, or a conflict when another browser test has edited that section on this shared site.
        var item = page.Locator(".reimport-item", new() { HasTextString = "与展望" });
        await item.Locator("details summary").First.ClickAsync();
        Assert.Contains("与展望", await item.Locator(".incoming").First.InnerTextAsync());
        var axe = await page.RunAxeForViolations();
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
        foreach (var (width, scheme) in new[] { (1280, ColorScheme.Light), (1280, ColorScheme.Dark), (375, ColorScheme.Light), (375, ColorScheme.Dark) })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"overflows at {width}");
            var name = $"admin-reimport-review-{width}-{scheme.ToString().ToLowerInvariant()}";
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + "-first-screen.png") });
        }

        await page.ClickAsync("button.secondary:text('放弃这份文本')");
        await page.WaitForURLAsync("**/admin/import");
        Assert.Contains("已放弃", await page.Locator(".notice").InnerTextAsync());
        Assert.Empty(await CspWatch.ViolationsAsync(page));
    }
}
