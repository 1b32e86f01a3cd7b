using Microsoft.AspNetCore.Mvc;

namespace Qujing.Web.Features.Sections;

public class SectionsController(FeatureQueries queries) : PublicController
{
    [HttpGet("/sections/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await PageOrRedirectAsync(await queries.SectionAsync(slug, ct), () => queries.RedirectedSlugAsync(Features.Sections.SectionContent.ItemType, slug, ct), "/sections/");
}
