using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

/// <summary>Signs the test site's Admin in through the real login form, as the admin browser tests begin.</summary>
internal static class AdminSignIn
{
    public static Task SignInAsync(IPage page, Uri site) => SignInAsync(page, site, SiteServer.AdminName, SiteServer.AdminPassword);

    /// <summary>Signs in another account (one a test made on the users page).</summary>
    public static async Task SignInAsync(IPage page, Uri site, string userName, string password)
    {
        await TryAsync(page, site, userName, password);
        await page.WaitForURLAsync("**/admin");
    }

    /// <summary>Fills and sends the login form; the caller looks at where it landed.</summary>
    public static async Task TryAsync(IPage page, Uri site, string userName, string password)
    {
        await page.GotoAsync(new Uri(site, "/admin/login").ToString());
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForLoadStateAsync();
    }
}
