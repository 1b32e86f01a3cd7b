using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Features.Editing.Desk;

namespace Qujing.Web.Areas.Admin.Controllers;

public class HomeController(DeskQueries desk) : AdminController
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await desk.SummaryAsync(User.Identity?.Name ?? "", ct));
}
