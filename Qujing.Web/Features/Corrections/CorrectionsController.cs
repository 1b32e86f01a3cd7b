using Microsoft.AspNetCore.Mvc;

namespace Qujing.Web.Features.Corrections;

public class CorrectionsController(CorrectionQueries queries) : PublicController
{
    [HttpGet("/corrections")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.PageAsync(ct));
}
