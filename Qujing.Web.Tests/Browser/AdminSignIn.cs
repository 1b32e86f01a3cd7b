using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

/// <summary>Signs the test site's Admin in through the real login form, as the admin browser tests begin.</summary>
internal static class AdminSignIn
{
    public static async Task SignInAsync(IPage page, Uri site)
    {
        await page.GotoAsync(new Uri(site, "/admin/login").ToString());
        await page.FillAsync("#UserName", SiteServer.AdminName);
        await page.FillAsync("#Password", SiteServer.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin");
    }
}
