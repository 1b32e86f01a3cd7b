using System.Diagnostics;
using Qujing.Web.Infrastructure.Caching;
using Qujing.Web.Tests.Integration;

namespace Qujing.Web.Tests.Browser;

/// <summary>The built site as its own process on a free loopback port (see <see cref="SiteAddress"/>), over a temporary database.</summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private SiteServer(Process process, string folder, Uri address) => (_process, _folder, Address) = (process, folder, address);

    public const string AdminName = "chief";
    public const string AdminPassword = "chief-pass-2026";

    public Uri Address { get; }

    public static async Task<SiteServer> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("qujing-browser-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Qujing.Web.dll"), "--urls", SiteAddress.AnyFreePort])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.Environment["ASPNETCORE_CONTENTROOT"] = Path.Combine(RepoPaths.Root, "Qujing.Web");
        start.Environment["ConnectionStrings__Qujing"] = $"Data Source={Path.Combine(folder, "site.db")}";
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(folder, "log-.txt");
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Admin__UserName"] = AdminName;
        start.Environment["Admin__Password"] = AdminPassword;
        // The port is known only once the site listens: pages take their absolute address (canonical, share links, QR
        // codes) from the request, which only this host may name, as Production requires without a Site:BaseUrl.
        start.Environment["AllowedHosts"] = "127.0.0.1";
        // Every browser class signs in to this one site from one address; the login limits (4 a minute per address, 10 in
        // ten minutes per name) would refuse the fifth class. They have tests of their own (RateLimitTests).
        start.Environment["RateLimits__Login__PermitLimit"] = "1000";
        start.Environment["RateLimits__LoginName__PermitLimit"] = "1000";
        // Edit pages beat every 2 s rather than 30, so a colleague's arrival shows within a test's patience (PresenceBrowserTests).
        start.Environment["Presence__HeartbeatSeconds"] = "2";
        start.Environment["RateLimits__Presence__PermitLimit"] = "1000";
        start.Environment.Remove(InlineHits.InlineCompletionsVariable); // the test process's own setting (TestProcess)
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (SiteAddress.From(e.Data) is { } bound)
            {
                listening.TrySetResult(bound);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Two minutes, as for SiteProcess: a start on a two-core machine shared with a build can take most of one.
        var patience = Task.Delay(TimeSpan.FromSeconds(120));
        if (await Task.WhenAny(listening.Task, process.WaitForExitAsync(), patience) != listening.Task)
        {
            process.Kill(true);
            throw new InvalidOperationException("The site did not start listening for the browser tests.");
        }

        var address = await listening.Task;
        using var client = new HttpClient();
        for (var i = 0; i < 300 && !process.HasExited; i++)
        {
            try
            {
                if ((await client.GetAsync(address)).IsSuccessStatusCode)
                {
                    return new SiteServer(process, folder, address);
                }
            }
            catch (HttpRequestException)
            {
                // Not answering yet.
            }

            await Task.Delay(100);
        }

        process.Kill(true);
        throw new InvalidOperationException("The site did not start for the browser tests.");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_folder, true);
    }
}
