using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// The built site (Qujing.Web.dll) as its own process, as an operator runs it: a command-line verb to its exit, or the
/// site on a port of its own, to be stopped with SIGTERM as a service manager stops it.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> _watches = [];
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiteProcess(IEnumerable<string> args, IEnumerable<(string Key, string Value)> environment, string? input)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Qujing.Web.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ASPNETCORE_CONTENTROOT"] = Path.Combine(RepoPaths.Root, "Qujing.Web");
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(Path.GetTempPath(), "qujing-test-logs", "log-.txt");
        start.Environment["Site__BaseUrl"] = "http://127.0.0.1";
        start.Environment["ASPNETCORE_URLS"] = SiteAddress.AnyFreePort; // a verb that started the site would take no one's port
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Received(e.Data);
        _process.ErrorDataReceived += (_, e) => Received(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (input is not null)
        {
            _process.StandardInput.WriteLine(input);
            _process.StandardInput.Close();
        }
    }

    /// <summary>The site's address when it was started with <see cref="StartAsync"/>.</summary>
    public HttpClient Client { get; private set; } = new();

    /// <summary>Where the site listens when it was started with <see cref="StartAsync"/>.</summary>
    public Uri? Address => Client.BaseAddress;

    /// <summary>Everything the process wrote to standard output and standard error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Runs a verb (<c>backup PATH</c>, <c>add-user NAME</c>) to its end.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string[] args, params (string Key, string Value)[] environment)
    {
        await using var process = new SiteProcess(args, environment, input: null);
        var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(120));
        return (exit, process.Output);
    }

    /// <summary>
    /// Starts the site on a free loopback port (it binds port 0: see <see cref="SiteAddress"/>) and returns once it
    /// listens and its log says <paramref name="until"/> ("running at" when start-up has finished).
    /// </summary>
    public static async Task<SiteProcess> StartAsync(string until, params (string Key, string Value)[] environment)
    {
        var site = new SiteProcess(["--urls", SiteAddress.AnyFreePort], environment, input: null);
        var seen = Task.WhenAll(site.Watch(until), site._listening.Task);
        var exited = site._process.WaitForExitAsync(Ct);
        // Two minutes: a start on a two-core machine shared with a build can take most of one; a hung start still fails.
        if (await Task.WhenAny(seen, exited, Task.Delay(TimeSpan.FromSeconds(120), Ct)) != seen)
        {
            await site.DisposeAsync();
            Assert.Fail($"The site did not listen and say \"{until}\":{Environment.NewLine}{site.Output}");
        }

        site.Client.Dispose();
        site.Client = new HttpClient { BaseAddress = await site._listening.Task, Timeout = TimeSpan.FromSeconds(30) };
        return site;
    }

    /// <summary>Sends SIGTERM, as systemd or Kubernetes does, and waits for the exit code.</summary>
    public async Task<int> StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(Ct);
        }

        return await WaitForExitAsync(TimeSpan.FromSeconds(120));
    }

    /// <summary>SIGKILL, as a power cut or the OOM killer stops it: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        Client.Dispose();
        _process.Dispose();
    }

    private async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The process did not exit within {limit}:{Environment.NewLine}{Output}");
        }

        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    private Task Watch(string text)
    {
        lock (_output)
        {
            var watch = (text, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            if (_output.ToString().Contains(text, StringComparison.Ordinal))
            {
                watch.Item2.SetResult();
            }

            _watches.Add(watch);
            return watch.Item2.Task;
        }
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (SiteAddress.From(line) is { } address)
        {
            _listening.TrySetResult(address);
        }

        lock (_output)
        {
            _output.AppendLine(line);
            foreach (var (text, seen) in _watches)
            {
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    seen.TrySetResult();
                }
            }
        }
    }
}
