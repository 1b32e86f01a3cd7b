using Microsoft.AspNetCore.Mvc;

namespace Qujing.Web.Features.Figures;

public class FiguresController(FeatureQueries queries) : PublicController
{
    [HttpGet("/figures")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.FiguresAsync(ct));
}
