using Deque.AxeCore.Playwright;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

/// <summary>The edit page's writing aids in Chromium under the site's CSP: autosave and restore, the leave warning, the live preview with an IME.</summary>
[Collection(BrowserCollection.Name)]
public class WritingBrowserTests(BrowserFixture browser)
{
    private const string Typed = "自动保存测试：曲靖一中推行全员导师制。";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Uri, string> SignedIn = new();

    private Uri Site => browser.Site!.Address;

    [Fact]
    public async Task AutosavedTextIsOfferedBackAfterTheTabIsClosedAndInAnotherBrowser()
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        await using var context = await NewContextAsync(1280);
        var page = await SignedInPageAsync(context, "/admin/sections/4/edit");
        await page.ClickAsync("#Content_BodyMarkdown");
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.InsertTextAsync("\n\n" + Typed);
        await Assertions.Expect(page.Locator(".autosave-status")).ToContainTextAsync("已自动保存", new() { Timeout = 15_000 });
        await page.CloseAsync();

        // The same browser after the tab was closed: its own copy, or the server's, is offered back.
        var reopened = await context.NewPageAsync();
        await reopened.GotoAsync(new Uri(Site, "/admin/sections/4/edit").ToString());
        await Assertions.Expect(reopened.Locator(".autosave-offer")).ToBeVisibleAsync();
        Assert.DoesNotContain(Typed, await reopened.Locator("#Content_BodyMarkdown").InputValueAsync());
        await reopened.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "writing-restore-offer-1280.png") });
        await reopened.ClickAsync(".autosave-restore");
        Assert.Contains(Typed, await reopened.Locator("#Content_BodyMarkdown").InputValueAsync());
        await Assertions.Expect(reopened.Locator(".live-preview .body")).ToContainTextAsync(Typed);
        await reopened.CloseAsync();

        // Another browser (no local copy) finds the server's, and can discard it.
        await using var other = await NewContextAsync(1280);
        var elsewhere = await SignedInPageAsync(other, "/admin/sections/4/edit");
        await Assertions.Expect(elsewhere.Locator(".autosave-offer-text")).ToContainTextAsync("服务器");
        await elsewhere.ClickAsync(".autosave-discard");
        await Assertions.Expect(elsewhere.Locator(".autosave-offer")).ToBeHiddenAsync();
        Assert.Empty(await CspWatch.ViolationsAsync(elsewhere));
    }

    [Fact]
    public async Task LeavingWithUnsavedTextAsksFirstButSavingDoesNot()
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        await using var context = await NewContextAsync(1280);
        var page = await SignedInPageAsync(context, "/admin/sections/5/edit");
        await page.ClickAsync("#Content_BodyMarkdown");
        await page.Keyboard.TypeAsync("未保存");
        var asked = new TaskCompletionSource<string>();
        page.Dialog += (_, dialog) =>
        {
            asked.TrySetResult(dialog.Type);
            _ = dialog.AcceptAsync();
        };
        await page.CloseAsync(new() { RunBeforeUnload = true });
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));

        var again = await context.NewPageAsync();
        await again.GotoAsync(new Uri(Site, "/admin/sections/5/edit").ToString());
        var dialogs = new List<string>();
        again.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            _ = dialog.DismissAsync();
        };
        await again.ClickAsync("#Content_BodyMarkdown");
        await again.Keyboard.TypeAsync("保存");
        await again.ClickAsync("button[value=save]");
        await again.WaitForURLAsync("**/preview/*");
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task LivePreviewWaitsUntilTheImeCompositionEnds()
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        await using var context = await NewContextAsync(1280);
        var page = await SignedInPageAsync(context, "/admin/sections/new");
        var sent = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/admin/drafting/", StringComparison.Ordinal))
            {
                sent.Add(request.Url);
            }
        };
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        sent.Clear();

        await page.ClickAsync("#Content_BodyMarkdown");
        await page.DispatchEventAsync("#Content_BodyMarkdown", "compositionstart", new { data = "" });
        await page.Keyboard.InsertTextAsync("## 小标题\n\n曲靖教育");
        await page.WaitForTimeoutAsync(4000);
        Assert.Empty(sent);

        var preview = page.WaitForResponseAsync("**/admin/drafting/preview");
        await page.DispatchEventAsync("#Content_BodyMarkdown", "compositionend", new { data = "曲靖教育" });
        Assert.True((await preview).Ok);
        await Assertions.Expect(page.Locator(".live-preview .body h2")).ToHaveTextAsync("小标题");
        await Assertions.Expect(page.Locator(".text-count")).ToContainTextAsync(new Regex(@"其中汉字\s7\s个"));
        // No-break spaces: a number never ends a line without its unit.
        Assert.Contains("其中汉字\u00a07\u00a0个", await page.Locator(".text-count").TextContentAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".text-count")).ToContainTextAsync(new Regex(@"每分钟约\s400\s字"));
        Assert.Empty(await CspWatch.ViolationsAsync(page));
    }

    [Theory]
    [InlineData(375, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task EditPageHasNoAxeViolations(int width, ColorScheme scheme)
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        await using var context = await NewContextAsync(width, scheme);
        var page = await SignedInPageAsync(context, "/admin/sections/2/edit");
        await page.Locator(".markdown-help summary").ClickAsync();
        await Assertions.Expect(page.Locator(".live-preview .body p").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".text-count")).ToContainTextAsync("阅读约");

        var axe = await page.RunAxeForViolations();

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"writing-edit-{width}-{scheme.ToString().ToLowerInvariant()}.png"), FullPage = true });
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
        Assert.Empty(await CspWatch.ViolationsAsync(page));
    }

    /// <summary>
    /// A fresh browser (its own local storage) already signed in: the login limit (4 a minute from one address) would
    /// refuse a login per test, so the cookie of one login is handed to each new context.
    /// </summary>
    private async Task<IBrowserContext> NewContextAsync(int width, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await browser.Browser!.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 900 }, Locale = "zh-CN", ColorScheme = scheme, StorageState = await SignedInStateAsync(),
        });
        await CspWatch.AttachAsync(context);

        // Two cores shared by several builds: a cold first page can take longer than Playwright's 30 s default.
        context.SetDefaultTimeout(90_000);
        return context;
    }

    private async Task<string> SignedInStateAsync()
    {
        if (SignedIn.TryGetValue(Site, out var state))
        {
            return state;
        }

        await using var context = await browser.Browser!.NewContextAsync();
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await AdminSignIn.SignInAsync(page, Site);
        return SignedIn[Site] = await context.StorageStateAsync();
    }

    private async Task<IPage> SignedInPageAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Site, path).ToString());
        return page;
    }
}
