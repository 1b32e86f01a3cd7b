using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Services;

namespace Qujing.Web.Controllers;

public class SectionsController(FeatureQueries queries) : PublicController
{
    [HttpGet("/sections/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        if (await queries.SectionAsync(slug, ct) is { } page)
        {
            return View(page);
        }

        // A renamed section keeps its old address working.
        return await queries.RedirectedSlugAsync(Editing.SectionContent.ItemType, slug, ct) is { } current
            ? RedirectPermanent($"/sections/{current}")
            : NotFound();
    }
}
