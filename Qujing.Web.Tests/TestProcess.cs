using System.Runtime.CompilerServices;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Tests;

internal static class TestProcess
{
    /// <summary>
    /// The site turns socket completions inline for its own process (<see cref="InlineHits"/>), and the in-memory test
    /// servers run its Program in this one. The tests' own sockets (HTTP clients to sites started as processes) stay
    /// on the thread pool, as the runtime's default; <c>Browser/SiteServer</c> gives a started site its own choice back.
    /// </summary>
    [ModuleInitializer]
    internal static void KeepTestSocketsOnTheThreadPool() =>
        Environment.SetEnvironmentVariable(InlineHits.InlineCompletionsVariable, "0");

    /// <summary>
    /// Each in-process site that renders a page with <c>asp-append-version</c> watches wwwroot with a FileSystemWatcher, one
    /// inotify instance on Linux, which disposing the site does not release: a full run piled up over a hundred, past the
    /// per-user limit of 128 that every process of the same user on the machine shares, and sites then failed to render
    /// or start. Polling watchers use none, and the sites do not watch their configuration files either. The sites the
    /// tests start as processes inherit both.
    /// </summary>
    [ModuleInitializer]
    internal static void WatchFilesWithoutInotify()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }
}
