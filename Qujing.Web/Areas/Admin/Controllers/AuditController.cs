using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;

namespace Qujing.Web.Areas.Admin.Controllers;

public class AuditController(QujingDbContext db) : AdminController
{
    private const int PageSize = 200;

    [HttpGet("/admin/audit")]
    public async Task<IActionResult> Index() =>
        View(await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(PageSize).ToListAsync());
}
