using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Qujing.Web.Features.Home;

public class HomeController(FeatureQueries queries) : PublicController
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        await queries.HomeAsync(ct) is { } page ? View(page) : NotFound();

    /// <summary>The Chinese page behind every error status (404 included); no stack trace outside Development.</summary>
    // Any method: a refused POST is re-executed here as a POST. No parameters, so MVC makes no value providers: its
    // form provider would read the very body that was refused (too large, malformed) and fail again.
    [Route("/error/{status:int?}")]
    public IActionResult Error()
    {
        var status = int.TryParse(RouteData.Values["status"] as string, out var code) ? code : (int?)null;
        Response.StatusCode = status is >= 400 and < 600 ? status.Value : 500;
        // A signed-in editor refused or lost inside the admin area stays in its layout, with its navigation.
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? Request.Path.Value ?? "";
        var inAdmin = User.Identity?.IsAuthenticated == true && (original == "/admin" || original.StartsWith("/admin/", StringComparison.Ordinal));
        return View(inAdmin ? "~/Areas/Admin/Views/Shared/Error.cshtml" : "Error", ErrorPage.For(Response.StatusCode));
    }
}
