using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

/// <summary>The admin area under the strict CSP: every screen an editor reaches loads with no violation and no error.</summary>
[Collection(AdminScreensCollection.Name)]
public class AdminPagesBrowserTests(BrowserFixture browser)
{
    private static readonly string[] Pages =
    [
        "/admin", "/admin/feature", "/admin/sections", "/admin/sections/1/edit", "/admin/sections/1/history", "/admin/sections/1/preview/1",
        "/admin/sections/new", "/admin/schools", "/admin/schools/1/edit", "/admin/schools/new", "/admin/milestones", "/admin/milestones/new",
        "/admin/figures", "/admin/figures/new", "/admin/quotes", "/admin/quotes/new",
        "/admin/report", "/admin/import", "/admin/users", "/admin/audit", "/admin/password",
        "/admin/milestones/1/edit", "/admin/figures/1/edit", "/admin/quotes/1/edit", "/admin/schools/1/history",
        "/admin/media", "/admin/backup", "/admin/sections/1/diff?from=1&to=1", "/admin/sections?q=%E6%B2%A1%E6%9C%89",
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

        Assert.Empty(problems);
    }

    /// <summary>
    /// Every admin screen at a phone's width and a desk's, light and dark: no axe violation, no sideways scrolling of
    /// the page itself (wide tables scroll in their own region), and a screenshot of each to look at.
    /// </summary>
    [Theory]
    [InlineData(375, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task EveryAdminScreenPassesAxeAndFitsTheScreen(int width, ColorScheme scheme)
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        var site = browser.Site!.Address;
        await using var context = await browser.Browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 }, Locale = "zh-CN", ColorScheme = scheme });
        var page = await context.NewPageAsync();
        var problems = new List<string>();

        await Check("/admin/login");
        await AdminSignIn.SignInAsync(page, site);
        foreach (var path in Pages)
        {
            await Check(path);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));

        async Task Check(string path)
        {
            await page.GotoAsync(new Uri(site, path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
            var axe = await page.RunAxeForViolations();
            problems.AddRange(axe.Violations.Select(v => $"{path} {width} {scheme}: {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                problems.Add($"{path} {width} {scheme}: the page scrolls sideways by {overflow}px");
            }

            var name = "admin" + new string([.. path["/admin".Length..].Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png"), FullPage = true });
        }
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
