using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Tests.Browser;

/// <summary>The built site as its own process on a free loopback port, over a temporary database.</summary>
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
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Qujing.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
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
        start.Environment["Site__BaseUrl"] = $"http://127.0.0.1:{port}";
        // Every browser class signs in to this one site from one address; the login limits (4 a minute per address, 10 in
        // ten minutes per name) would refuse the fifth class. They have tests of their own (RateLimitTests).
        start.Environment["RateLimits__Login__PermitLimit"] = "1000";
        start.Environment["RateLimits__LoginName__PermitLimit"] = "1000";
        // Edit pages beat every 2 s rather than 30, so a colleague's arrival shows within a test's patience (PresenceBrowserTests).
        start.Environment["Presence__HeartbeatSeconds"] = "2";
        start.Environment["RateLimits__Presence__PermitLimit"] = "1000";
        start.Environment.Remove(InlineHits.InlineCompletionsVariable); // the test process's own setting (TestProcess)
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var address = new Uri($"http://127.0.0.1:{port}/");
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
                // Not listening yet.
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
