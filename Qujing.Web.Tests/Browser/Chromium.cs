using Microsoft.Playwright;

// One Chromium for the whole run, shared by the browser collections (each with a site of its own).
[assembly: AssemblyFixture(typeof(Qujing.Web.Tests.Browser.Chromium))]

namespace Qujing.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright: launched when the first browser collection asks for it (a run of other tests
/// never starts it) and closed after the run. Each test works in a context of its own, so collections share it safely.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly SemaphoreSlim _launching = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string? SkipReason => File.Exists(ExecutablePath)
        ? null
        : $"Chromium is not installed at {ExecutablePath}: install Debian's chromium and fonts-noto-cjk (as .ci/run does) to run browser tests.";

    public async Task<IBrowser> LaunchedAsync()
    {
        await _launching.WaitAsync();
        try
        {
            if (_browser is null)
            {
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new()
                {
                    ExecutablePath = ExecutablePath,
                    Headless = true,
                    // Without the networking flags Chromium calls Google's hosts at start, which this network refuses.
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync"],
                });
            }

            return _browser;
        }
        finally
        {
            _launching.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _launching.Dispose();
    }
}
