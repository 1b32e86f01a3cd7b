using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Services;

namespace Qujing.Web.Controllers;

public class TimelineController(FeatureQueries queries) : PublicController
{
    [HttpGet("/timeline")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.TimelineAsync(ct));
}
