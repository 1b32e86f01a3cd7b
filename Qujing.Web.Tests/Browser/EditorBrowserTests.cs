using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class EditorBrowserTests(BrowserFixture browser)
{
    private const string Typed = "编辑用输入法写下的中文：曲靖一中推行全员导师制，“润泽”党建品牌成效明显。";

    [Fact]
    public async Task EditorLogsInEditsASectionInChinesePreviewsAndPublishes()
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        var site = browser.Site!.Address;
        await using var context = await browser.Browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };

        await page.GotoAsync(new Uri(site, "/admin/sections").ToString());
        await page.FillAsync("#UserName", SiteServer.AdminName);
        await page.FillAsync("#Password", SiteServer.AdminPassword);
        await Shot(page, "editor-1-login");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin/sections");

        await page.ClickAsync("tbody tr:nth-child(3) a:text('编辑')");
        var body = page.Locator("#Content_BodyMarkdown");
        await body.FillAsync("");
        await body.FocusAsync();

        // InsertText delivers composed text the way an input method commits it.
        await page.Keyboard.InsertTextAsync(Typed);
        await page.ClickAsync("button[value=preview]");
        Assert.Contains(Typed, await page.Locator(".markdown-preview .body").InnerTextAsync());
        Assert.Equal(Typed, await page.Locator("#Content_BodyMarkdown").InputValueAsync());
        var axe = await page.RunAxeForViolations();
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await Shot(page, "editor-2-edit-preview");

        await page.ClickAsync("button[value=save]");
        await page.WaitForURLAsync("**/preview/*");
        Assert.Contains("草稿", await page.Locator(".preview-notice").InnerTextAsync());
        await Shot(page, "editor-3-draft-preview");

        await page.ClickAsync(".preview-notice button");
        await page.WaitForURLAsync("**/admin/sections");
        await Shot(page, "editor-4-published");

        var reader = await context.Browser!.NewPageAsync();
        await reader.GotoAsync(new Uri(site, "/sections/section-3").ToString());
        Assert.Contains(Typed, await reader.Locator(".body").InnerTextAsync());
        await reader.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "editor-5-reader-sees-it.png"), FullPage = true });
        Assert.Empty(errors);
    }

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
}
