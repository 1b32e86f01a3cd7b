using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Services;

namespace Qujing.Web.Controllers;

public class SectionsController(FeatureQueries queries) : PublicController
{
    [HttpGet("/sections/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await PageOrRedirectAsync(await queries.SectionAsync(slug, ct), () => queries.RedirectedSlugAsync(Editing.SectionContent.ItemType, slug, ct), "/sections/");
}
