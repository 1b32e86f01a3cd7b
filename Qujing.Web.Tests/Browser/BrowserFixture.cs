using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright, and the site it visits. Absent Chromium, tests skip with the reason.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public SiteServer? Site { get; private set; }

    public static string ScreenshotFolder { get; } = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    public static string? SkipReason => File.Exists(ChromiumPath)
        ? null
        : $"Chromium is not installed at {ChromiumPath}: install Debian's chromium and fonts-noto-cjk (as .ci/run does) to run browser tests.";

    public async ValueTask InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        Directory.CreateDirectory(ScreenshotFolder);
        Site = await SiteServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without the networking flags Chromium calls Google's hosts at start, which this network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
