using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

/// <summary>
/// "某某正在编辑此条目" in Chromium under the site's CSP: two accounts on the same item, the notice arriving by the page's
/// own heartbeat (every 2 s on the test site, see <see cref="SiteServer"/>) and leaving when the colleague does.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PresenceBrowserTests(BrowserFixture browser)
{
    private const string Colleague = "赵编辑";
    private const string ColleaguePassword = "zhao-pass-2026";
    private const string EditPath = "/admin/sections/3/edit";

    private Uri Site => browser.Site!.Address;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnEditorSeesAColleagueArriveAndLeaveWithoutReloading()
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        await using var chiefContext = await NewContextAsync(1280);
        var chief = await chiefContext.NewPageAsync();
        await AdminSignIn.SignInAsync(chief, Site);
        await CreateColleagueAsync(chief);
        await chief.GotoAsync(new Uri(Site, EditPath).ToString());
        Assert.Equal(0, await chief.Locator(".presence .notice").CountAsync());

        // The colleague, on a phone, opens the same item: the chief's page already beat, so the server names the chief.
        await using var colleagueContext = await NewContextAsync(375);
        var colleague = await colleagueContext.NewPageAsync();
        await AdminSignIn.SignInAsync(colleague, Site, Colleague, ColleaguePassword);
        await colleague.GotoAsync(new Uri(Site, EditPath).ToString());
        await Assertions.Expect(colleague.Locator(".presence .notice")).ToContainTextAsync($"{SiteServer.AdminName}正在编辑此条目");

        // The chief's page, never reloaded, learns of the colleague from its next heartbeat.
        var notice = chief.Locator(".presence .notice");
        await Assertions.Expect(notice).ToContainTextAsync($"{Colleague}正在编辑此条目（刚刚仍在）", new() { Timeout = 15_000 });
        Assert.Equal("polite", await chief.Locator(".presence").GetAttributeAsync("aria-live"));

        // Polls that bring nothing new leave the live region alone (nothing to announce).
        await chief.EvaluateAsync("""
            () => {
              window.__presenceChanges = 0;
              new MutationObserver((m) => { window.__presenceChanges += m.length; })
                .observe(document.querySelector('.presence'), { childList: true, subtree: true, characterData: true });
            }
            """);
        await Task.Delay(5000, Ct);
        Assert.Equal(0, await chief.EvaluateAsync<int>("() => window.__presenceChanges"));

        var axe = await chief.RunAxeForViolations();
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await ShotAsync(chief, "presence-edit-1280");
        await ShotAsync(colleague, "presence-edit-375");

        // The colleague leaves (the page's "left" beacon): the notice goes on the chief's next heartbeat, long before the window.
        await colleague.GotoAsync(new Uri(Site, "/admin").ToString());
        await Assertions.Expect(notice).ToHaveCountAsync(0, new() { Timeout = 15_000 });

        Assert.Empty(await CspWatch.ViolationsAsync(chief));
        Assert.Empty(await CspWatch.ViolationsAsync(colleague));
    }

    /// <summary>The second account, made as an Admin makes one: on the users page.</summary>
    private async Task CreateColleagueAsync(IPage admin)
    {
        await admin.GotoAsync(new Uri(Site, "/admin/users").ToString());
        if (await admin.Locator($"tr[data-user='{Colleague}']").CountAsync() > 0)
        {
            return;
        }

        await admin.FillAsync("#Form_UserName", Colleague);
        await admin.FillAsync("#Form_Password", ColleaguePassword);
        await admin.SelectOptionAsync("#Form_Role", "Editor");
        await admin.ClickAsync("form[action='/admin/users'] button[type=submit]");
        await Assertions.Expect(admin.Locator($"tr[data-user='{Colleague}']")).ToHaveCountAsync(1);
    }

    private static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    private async Task<IBrowserContext> NewContextAsync(int width)
    {
        var context = await browser.Browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, Locale = "zh-CN" });
        await CspWatch.AttachAsync(context);
        context.SetDefaultTimeout(90_000);
        return context;
    }
}
