using Microsoft.AspNetCore.Mvc;

namespace Qujing.Web.Features.Timeline;

public class TimelineController(FeatureQueries queries) : PublicController
{
    [HttpGet("/timeline")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.TimelineAsync(ct));
}
