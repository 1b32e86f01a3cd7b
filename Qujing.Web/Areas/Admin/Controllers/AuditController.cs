using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Accounts;
using Qujing.Web.Data;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>
/// The audit log; Admins only, since it holds every user name typed at the login form (now and then a password typed
/// into the wrong box).
/// </summary>
[Authorize(Roles = Roles.Admin)]
public class AuditController(QujingDbContext db) : AdminController
{
    private const int PageSize = 200;

    [HttpGet("/admin/audit")]
    public async Task<IActionResult> Index() =>
        View(await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(PageSize).ToListAsync());
}
