using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Services;

namespace Qujing.Web.Controllers;

public class SchoolsController(FeatureQueries queries) : PublicController
{
    [HttpGet("/schools")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.CountiesAsync(ct));

    [HttpGet("/schools/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await PageOrRedirectAsync(await queries.SchoolAsync(slug, ct), () => queries.RedirectedSlugAsync(Editing.SchoolContent.ItemType, slug, ct), "/schools/");
}
