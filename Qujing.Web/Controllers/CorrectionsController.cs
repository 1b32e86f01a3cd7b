using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Corrections;

namespace Qujing.Web.Controllers;

public class CorrectionsController(CorrectionQueries queries) : PublicController
{
    [HttpGet("/corrections")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.PageAsync(ct));
}
