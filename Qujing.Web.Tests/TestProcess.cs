using System.Runtime.CompilerServices;
using Qujing.Web.Caching;

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
    /// Every in-memory site would watch appsettings.json and wwwroot with inotify, and Linux allows a user 128 inotify
    /// instances in all (shared with every other test run and IDE on the machine): a suite that builds a few hundred
    /// sites ran out. The sites of this process poll instead, and do not reload their configuration.
    /// </summary>
    [ModuleInitializer]
    internal static void WatchFilesWithoutInotify()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }
}
