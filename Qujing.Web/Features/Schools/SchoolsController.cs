using Microsoft.AspNetCore.Mvc;

namespace Qujing.Web.Features.Schools;

public class SchoolsController(FeatureQueries queries) : PublicController
{
    [HttpGet("/schools")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.CountiesAsync(ct));

    [HttpGet("/schools/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await PageOrRedirectAsync(await queries.SchoolAsync(slug, ct), () => queries.RedirectedSlugAsync(Features.Schools.SchoolContent.ItemType, slug, ct), "/schools/");
}
