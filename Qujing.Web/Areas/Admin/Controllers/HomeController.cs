using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Editing;

namespace Qujing.Web.Areas.Admin.Controllers;

public class HomeController(QujingDbContext db, ImportReportQueries reports) : AdminController
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index() =>
        View(new Models.Dashboard(
            await db.Sections.CountAsync(), await db.Schools.CountAsync(), await db.Milestones.CountAsync(),
            await db.KeyFigures.CountAsync(), await db.Quotes.CountAsync(), await reports.OpenCountAsync(HttpContext.RequestAborted)));
}
