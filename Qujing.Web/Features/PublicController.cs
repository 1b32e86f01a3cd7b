using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Features;

/// <summary>A reader's page, carrying ETag / Last-Modified for 304s (output caching is by address: PublicPagePolicy).</summary>
[ServiceFilter<ContentValidatorsFilter>]
public abstract class PublicController : Controller
{
    /// <summary>
    /// The item's page; else, for an address an editor has renamed, a 301 to its current one (<paramref name="renamedTo"/>
    /// is asked only then); else the 404 page.
    /// </summary>
    protected async Task<IActionResult> PageOrRedirectAsync(object? page, Func<Task<string?>> renamedTo, string addressPrefix) =>
        page is not null ? View(page)
        : await renamedTo() is { } current ? RedirectPermanent(addressPrefix + current)
        : NotFound();
}
