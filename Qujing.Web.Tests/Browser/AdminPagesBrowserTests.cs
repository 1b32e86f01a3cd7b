using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

/// <summary>The admin area under the strict CSP: every screen an editor reaches loads with no violation and no error.</summary>
[Collection(BrowserCollection.Name)]
public class AdminPagesBrowserTests(BrowserFixture browser)
{
    private static readonly string[] Pages =
    [
        "/admin", "/admin/feature", "/admin/sections", "/admin/sections/1/edit", "/admin/sections/1/history", "/admin/sections/1/preview/1",
        "/admin/sections/new", "/admin/schools", "/admin/schools/1/edit", "/admin/schools/new", "/admin/milestones", "/admin/milestones/new",
        "/admin/figures", "/admin/figures/new", "/admin/quotes", "/admin/quotes/new",
        "/admin/report", "/admin/import", "/admin/users", "/admin/audit", "/admin/password",
    ];

    [Fact]
    public async Task EveryAdminScreenLoadsWithoutACspViolation()
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        var site = browser.Site!.Address;
        await using var context = await browser.Browser!.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 800 }, Locale = "zh-CN" });
        await CspWatch.AttachAsync(context);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                problems.Add($"{page.Url}: {m.Text}");
            }
        };

        await AdminSignIn.SignInAsync(page, site);
        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(new Uri(site, path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });

            Assert.True(response?.Status == 200, $"{path}: {response?.Status}");
            problems.AddRange((await CspWatch.ViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }

        // A diff between two revisions, the page editors compare drafts on.
        await page.GotoAsync(new Uri(site, "/admin/sections/1/diff?from=1&to=1").ToString());
        problems.AddRange(await CspWatch.ViolationsAsync(page));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheBrowserEnforcesThePolicyAgainstAnInjectedInlineScript()
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        await using var context = await browser.Browser!.NewContextAsync();
        await CspWatch.AttachAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.Site!.Address, "/sections/section-1").ToString());

        // What an attacker's markup would try: an inline script and an inline style attribute.
        await page.EvaluateAsync("""
            () => {
                const s = document.createElement('script');
                s.textContent = 'window.__ran = true';
                document.body.appendChild(s);
                document.body.insertAdjacentHTML('beforeend', '<p style="color:red" id="styled">x</p>');
            }
            """);

        Assert.False(await page.EvaluateAsync<bool>("() => window.__ran === true"));
        Assert.NotEqual("rgb(255, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('styled')).color"));
        var violations = await CspWatch.ViolationsAsync(page);
        Assert.Contains(violations, v => v.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("style-src", StringComparison.Ordinal));
    }
}
