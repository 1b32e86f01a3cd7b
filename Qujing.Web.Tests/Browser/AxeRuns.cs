using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

/// <summary>axe as the tests run it: they read its violations only.</summary>
internal static class AxeRuns
{
    /// <summary>
    /// Runs axe, asking it to list every node for the violations only (passes and the rest keep one node each, which
    /// no test reads). The violations are the same; an axe run is most of a browser test's CPU (1.2 to 2.5 s of CPU a
    /// page here), and this takes 10 to 25 % off it.
    /// </summary>
    public static Task<AxeResult> RunAxeForViolations(this IPage page, AxeRunOptions? options = null)
    {
        options ??= new AxeRunOptions();
        options.ResultTypes = [ResultType.Violations];
        return page.RunAxe(options);
    }
}
