using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

/// <summary>
/// Collects the Content-Security-Policy violations a page reports. The listener is added by the browser before any
/// page script runs (an init script is not subject to the page's CSP), so it sees every violation from the first byte.
/// </summary>
public static class CspWatch
{
    public static Task AttachAsync(IBrowserContext context) => context.AddInitScriptAsync("""
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || document.location.pathname}:${e.lineNumber}`));
        """);

    public static async Task<string[]> ViolationsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => window.__cspViolations || []");
}
