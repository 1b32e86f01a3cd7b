using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Data;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Features.Editing;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>The import report: every change the importer made and every doubt it left for an editor.</summary>
public class ReportController(QujingDbContext db, ImportReportQueries reports, AuditLog audit) : AdminController
{
    [HttpGet("/admin/report")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var run = await reports.LatestRunAsync(ct);
        return View((run, await reports.ItemsAsync(run, ct)));
    }

    [HttpPost("/admin/report/{id:int}/handled")]
    public async Task<IActionResult> Handled(int id, bool handled, CancellationToken ct)
    {
        // A value that is not true or false binds as false: it must not quietly mark the entry open again.
        if (!ModelState.IsValid)
        {
            TempData["Notice"] = "无法更改这条报告的状态：请求无效，请刷新页面后重试。";
            return Redirect("/admin/report");
        }

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
