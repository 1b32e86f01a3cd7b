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
}
