using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Features.Export;
using Qujing.Web.Infrastructure.Health;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>The published content as a zip of Markdown and JSON (offered on the backup page); Admins only, audited.</summary>
[Authorize(Roles = Roles.Admin)]
public class ExportController(ContentExport export, AuditLog audit, StorageStatus storage, Data.DatabaseProviderInfo database, TimeProvider clock) : AdminController
{
    [HttpPost("/admin/export")]
    public async Task<IActionResult> Download(CancellationToken ct)
    {
        if (storage.IsReadOnly)
        {
            ModelState.AddModelError("", BackupController.NotWhileReadOnly);
            return View(BackupController.PagePath, new Models.BackupPage(database.IsPostgres));
        }

        var now = clock.GetUtcNow();
        var name = string.Create(CultureInfo.InvariantCulture, $"qujing-content-{now:yyyyMMdd-HHmmss}.zip");
        await audit.RecordAsync(UserName, "导出内容", name, ct: ct);
        return File(await export.ZipAsync(now, ct), "application/zip", name);
    }
}
