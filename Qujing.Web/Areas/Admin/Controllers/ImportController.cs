using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Editing;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>Re-import: paste or upload a text, read the report and a preview, and only then confirm.</summary>
public class ImportController(Reimporter reimporter) : AdminController
{
    [HttpGet("/admin/import")]
    public IActionResult Index() => View();

    [HttpPost("/admin/import")]
    [RequestSizeLimit(Reimporter.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Stage(string? text, IFormFile? file, CancellationToken ct)
    {
        byte[] bytes;
        string name;
        if (file is { Length: > 0 })
        {
            using var stream = new MemoryStream();
            await file.CopyToAsync(stream, ct);
            (bytes, name) = (stream.ToArray(), Path.GetFileName(file.FileName));
        }
        else
        {
            (bytes, name) = (System.Text.Encoding.UTF8.GetBytes(text ?? ""), "粘贴的文本");
        }

        var (pending, error) = await reimporter.StageAsync(name, bytes, UserName, ct);
        if (pending is null)
        {
            ViewData["Error"] = error;
            return View(nameof(Index), text);
        }

        return Redirect($"/admin/import/{pending.Id}");
    }

    [HttpGet("/admin/import/{id:int}")]
    public async Task<IActionResult> Review(int id, CancellationToken ct) =>
        await reimporter.FindAsync(id, ct) is { } pending ? View((pending, Reimporter.Analyse(pending))) : NotFound();

    [HttpPost("/admin/import/{id:int}/confirm")]
    public async Task<IActionResult> Confirm(int id, CancellationToken ct)
    {
        if (await reimporter.FindAsync(id, ct) is not { } pending)
        {
            return NotFound();
        }

        await reimporter.ConfirmAsync(pending, UserName, ct);
        TempData["Notice"] = "已重新导入：改动都保存为新版本，原有内容可在历史版本或回收站中找回。";
        return Redirect("/admin/report");
    }
}
