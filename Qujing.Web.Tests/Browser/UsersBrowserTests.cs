using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

/// <summary>
/// An Admin manages a colleague's account through the users page in Chromium, and the colleague's own browser feels each
/// change: created, refused where Admins only go, disabled and enabled, locked by wrong passwords and unlocked, reset.
/// </summary>
[Collection(BrowserCollection.Name)]
public class UsersBrowserTests(BrowserFixture browser)
{
    private const string Colleague = "王编辑";
    private const string FirstPassword = "wang-first-2026";

    private Uri Site => browser.Site!.Address;

    [Fact]
    public async Task AnAdminCreatesDisablesUnlocksAndResetsAColleague()
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        await using var adminContext = await browser.Browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        await using var colleagueContext = await browser.Browser!.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 800 }, Locale = "zh-CN" });
        await CspWatch.AttachAsync(adminContext);
        await CspWatch.AttachAsync(colleagueContext);
        var admin = await adminContext.NewPageAsync();
        var colleague = await colleagueContext.NewPageAsync();
        await AdminSignIn.SignInAsync(admin, Site);

        // Created with a Chinese name, as an Editor.
        await admin.GotoAsync(new Uri(Site, "/admin/users").ToString());
        await admin.FillAsync("#Form_UserName", Colleague);
        await admin.FillAsync("#Form_Password", FirstPassword);
        await admin.SelectOptionAsync("#Form_Role", "Editor");
        await admin.ClickAsync("form.form button[type=submit]");
        await Assertions.Expect(Row(admin)).ToContainTextAsync("正常");

        // The colleague signs in; the users page is for Admins, and says so inside the admin layout.
        await AdminSignIn.TryAsync(colleague, Site, Colleague, FirstPassword);
        Assert.EndsWith("/admin", colleague.Url, StringComparison.Ordinal);
        var denied = await colleague.GotoAsync(new Uri(Site, "/admin/users").ToString());
        Assert.Equal(403, denied?.Status);
        await Assertions.Expect(colleague.Locator("nav.admin-nav")).ToBeVisibleAsync();
        await Assertions.Expect(colleague.Locator("section.error h1")).ToBeVisibleAsync();
        await Shot(colleague, "admin-denied-375");
        var axe = await colleague.RunAxeForViolations();
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));

        // Disabled: the colleague's open session ends at the next click, and signing in is refused.
        await Click(admin, "停用");
        await Assertions.Expect(Row(admin)).ToContainTextAsync("已停用");
        await colleague.GotoAsync(new Uri(Site, "/admin").ToString());
        Assert.Contains("/admin/login", colleague.Url, StringComparison.Ordinal);
        await AdminSignIn.TryAsync(colleague, Site, Colleague, FirstPassword);
        Assert.Contains("/admin/login", colleague.Url, StringComparison.Ordinal);

        // Enabled, then locked by five wrong passwords: even the right one is refused until an Admin unlocks.
        await Click(admin, "启用");
        await Assertions.Expect(Row(admin)).ToContainTextAsync("正常");
        for (var i = 0; i < 5; i++)
        {
            await AdminSignIn.TryAsync(colleague, Site, Colleague, "wrong-password-" + i);
        }

        await AdminSignIn.TryAsync(colleague, Site, Colleague, FirstPassword);
        Assert.Contains("/admin/login", colleague.Url, StringComparison.Ordinal);
        await admin.ReloadAsync();
        await Assertions.Expect(Row(admin)).ToContainTextAsync("已锁定");
        await Click(admin, "解锁");
        await Assertions.Expect(Row(admin)).ToContainTextAsync("正常");
        await AdminSignIn.TryAsync(colleague, Site, Colleague, FirstPassword);
        Assert.EndsWith("/admin", colleague.Url, StringComparison.Ordinal);

        // Reset: a new password shown once to the Admin; the old one stops working and the new one signs in.
        await Click(admin, "重置密码");
        var generated = (await admin.Locator(".generated-password code.password").TextContentAsync())!.Trim();
        await Shot(admin, "admin-users-reset-1280");
        Assert.True(generated.Length >= 12, generated);
        await colleague.GotoAsync(new Uri(Site, "/admin").ToString());
        Assert.Contains("/admin/login", colleague.Url, StringComparison.Ordinal);
        await AdminSignIn.TryAsync(colleague, Site, Colleague, FirstPassword);
        Assert.Contains("/admin/login", colleague.Url, StringComparison.Ordinal);
        await AdminSignIn.TryAsync(colleague, Site, Colleague, generated);
        Assert.EndsWith("/admin", colleague.Url, StringComparison.Ordinal);

        Assert.Empty(await CspWatch.ViolationsAsync(admin));
        Assert.Empty(await CspWatch.ViolationsAsync(colleague));
    }

    private static ILocator Row(IPage admin) => admin.Locator($"tr[data-user='{Colleague}']");

    /// <summary>Presses one of the colleague's row buttons and waits for the page the post returns.</summary>
    private static async Task Click(IPage admin, string label)
    {
        await Row(admin).Locator("button", new() { HasTextString = label }).ClickAsync();
        await admin.WaitForLoadStateAsync();
    }

    private static Task<byte[]> Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
}
