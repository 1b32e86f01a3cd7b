using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Accounts;
using Qujing.Web.Data;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>The import report: every change the importer made and every doubt it left for an editor.</summary>
public class ReportController(QujingDbContext db, AuditLog audit) : AdminController
{
    [HttpGet("/admin/report")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var run = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var items = run is null ? [] : await db.ImportReportItems.AsNoTracking().Include(i => i.Section)
            .Where(i => i.ImportRunId == run.Id).OrderBy(i => i.Position).ToListAsync(ct);
        return View((run, items));
    }

    [HttpPost("/admin/report/{id:int}/handled")]
    public async Task<IActionResult> Handled(int id, bool handled, CancellationToken ct)
    {
        if (await db.ImportReportItems.FindAsync([id], ct) is not { } item)
        {
            return NotFound();
        }

        item.Handled = handled;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(UserName, handled ? "标记报告已处理" : "标记报告未处理", item.Message, "report", id, ct);
        return Redirect($"/admin/report#r{id}");
    }
}
