using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Services;

namespace Qujing.Web.Controllers;

public class FiguresController(FeatureQueries queries) : PublicController
{
    [HttpGet("/figures")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.FiguresAsync(ct));
}
