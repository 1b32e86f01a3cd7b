using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Services;

namespace Qujing.Web.Controllers;

public class SchoolsController(FeatureQueries queries) : PublicController
{
    [HttpGet("/schools")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.CountiesAsync(ct));

    [HttpGet("/schools/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await queries.SchoolAsync(slug, ct) is { } page ? View(page) : NotFound();
}
