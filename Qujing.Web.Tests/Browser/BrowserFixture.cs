using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

/// <summary>
/// The site a browser collection visits, as its own process over its own database, and the run's Chromium. Absent
/// Chromium, tests skip with the reason.
/// </summary>
public sealed class BrowserFixture(Chromium chromium) : IAsyncLifetime
{
    public IBrowser? Browser { get; private set; }

    public SiteServer? Site { get; private set; }

    public static string ScreenshotFolder { get; } = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    public static string? SkipReason => Chromium.SkipReason;

    public async ValueTask InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        Directory.CreateDirectory(ScreenshotFolder);
        var site = SiteServer.StartAsync();
        try
        {
            Browser = await chromium.LaunchedAsync();
        }
        catch
        {
            // The site starts beside the browser; left alone, its process would run on until the test run ends.
            try
            {
                await (await site).DisposeAsync();
            }
            catch
            {
                // The browser's failure is the one to report.
            }

            throw;
        }

        Site = await site;
    }

    public async ValueTask DisposeAsync()
    {
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }
    }
}

/// <summary>
/// The browser tests run in three collections, each with a site of its own, which xunit may run side by side: the admin
/// screens' and the public pages' sweeps (axe at two widths in both schemes, most of the browser tests' time) and the
/// rest. They share the run's one Chromium; on a 2-core machine the run is bound by CPU, so this pays on more cores
/// (decision 0031).
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>The admin screens' sweep (<see cref="AdminPagesBrowserTests"/>); see <see cref="BrowserCollection"/>.</summary>
[CollectionDefinition(Name)]
public sealed class AdminScreensCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser-admin-screens";
}

/// <summary>The public pages' sweep (<see cref="PublicPagesBrowserTests"/>); see <see cref="BrowserCollection"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PublicPagesCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser-public-pages";
}
