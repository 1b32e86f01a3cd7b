using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Accounts;
using Qujing.Web.Backups;
using Qujing.Web.Infrastructure.Health;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>
/// The database backup as a download, and the page that offers it with the content export; Admins only, since the file
/// holds every account's password hash and the audit log.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public class BackupController(DatabaseBackup backup, AuditLog audit, StorageStatus storage, TimeProvider clock) : AdminController
{
    /// <summary>A download that cannot be audited is not given out.</summary>
    public const string NotWhileReadOnly = "数据库当前为只读，无法记录这次下载，因此不提供下载。请在服务器上用 backup 命令备份。";

    public const string PagePath = "~/Areas/Admin/Views/Backup/Index.cshtml";

    [HttpGet("/admin/backup")]
    public IActionResult Index() => View(PagePath);

    /// <summary>Streams a fresh copy named by the time (UTC, like the audit log), e.g. qujing-20261127-093000.db.</summary>
    [HttpPost("/admin/backup")]
    public async Task<IActionResult> Download(CancellationToken ct)
    {
        if (storage.IsReadOnly)
        {
            ModelState.AddModelError("", NotWhileReadOnly);
            return View(PagePath);
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"qujing-{clock.GetUtcNow():yyyyMMdd-HHmmss}.db");
        await audit.RecordAsync(UserName, "下载备份", name, ct: ct);
        return File(await backup.OpenCopyAsync(ct), "application/vnd.sqlite3", name);
    }
}
