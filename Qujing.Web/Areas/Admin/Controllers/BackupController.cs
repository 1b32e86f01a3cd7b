using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Areas.Admin.Models;
using Qujing.Web.Data;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Features.Backups;
using Qujing.Web.Infrastructure.Health;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>
/// The database backup as a download, and the page that offers it with the content export; Admins only, since the file
/// holds every account's password hash and the audit log.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public class BackupController(DatabaseBackup backup, AuditLog audit, StorageStatus storage, DatabaseProviderInfo database, TimeProvider clock) : AdminController
{
    /// <summary>A download that cannot be audited is not given out.</summary>
    public const string NotWhileReadOnly = "数据库当前为只读，无法记录这次下载，因此不提供下载。请在服务器上用 backup 命令备份。";

    /// <summary>PostgreSQL's backups are its own tools' job (README, "Running several instances"); the site does not pretend.</summary>
    public const string UsePgDump = "本站使用 PostgreSQL 数据库，网站本身不提供数据库备份下载。请由服务器管理员用 PostgreSQL 自带的 pg_dump 备份（例如 pg_dump -Fc -f qujing.dump 数据库名），用 pg_restore 恢复，步骤见 README 的“Running several instances”一节。";

    public const string PagePath = "~/Areas/Admin/Views/Backup/Index.cshtml";

    [HttpGet("/admin/backup")]
    public IActionResult Index() => View(PagePath, new BackupPage(database.IsPostgres));

    /// <summary>Streams a fresh copy named by the time (UTC, like the audit log), e.g. qujing-20261127-093000.db.</summary>
    [HttpPost("/admin/backup")]
    public async Task<IActionResult> Download(CancellationToken ct)
    {
        if (database.IsPostgres || storage.IsReadOnly)
        {
            ModelState.AddModelError("", database.IsPostgres ? UsePgDump : NotWhileReadOnly);
            return View(PagePath, new BackupPage(database.IsPostgres));
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"qujing-{clock.GetUtcNow():yyyyMMdd-HHmmss}.db");
        await audit.RecordAsync(UserName, "下载备份", name, ct: ct);
        return File(await backup.OpenCopyAsync(ct), "application/vnd.sqlite3", name);
    }
}
