using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Areas.Admin.Models;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Features.Editing.Reimport;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>
/// Re-import, for Admins only (it can touch every item): paste or upload a text, review item by item what it would
/// change against what is live and what editors have changed, choose, and only then confirm.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public class ImportController(Reimporter reimporter) : AdminController
{
    private const string Outdated = "审阅之后网站内容有了改动（或这份文本已处理过），没有导入任何内容。请重新审阅下面的对照后再确认。";

    [HttpGet("/admin/import")]
    public IActionResult Index() => View(new ImportStagePage(null, null));

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
        // A refused text comes back in the form: a long paste is not lost.
        return pending is null ? View(nameof(Index), new ImportStagePage(error, text)) : Redirect($"/admin/import/{pending.Id}");
    }

    [HttpGet("/admin/import/{id:int}")]
    public async Task<IActionResult> Review(int id, CancellationToken ct) =>
        await reimporter.PlanAsync(id, ct) is { } plan ? View(new ReimportReviewPage(plan, null)) : NotFound();

    [HttpPost("/admin/import/{id:int}/confirm")]
    public async Task<IActionResult> Confirm(int id, string? fingerprint, bool publishNow, CancellationToken ct)
    {
        var outcome = await reimporter.ConfirmAsync(id, fingerprint ?? "", publishNow, index => Request.Form[$"choice.{index}"], UserName, ct);
        if (outcome is ReimportOutcome.NotFound)
        {
            return NotFound();
        }

        if (outcome is ReimportOutcome.Applied applied)
        {
            TempData["Notice"] = $"已重新导入：{Reimporter.Describe(applied)}。" + (publishNow ? "" : "草稿请逐项预览后发布。");
            return Redirect("/admin/report");
        }

        if (await reimporter.PlanAsync(id, ct) is not { } plan)
        {
            TempData["Notice"] = "这份文本已处理过或已放弃。";
            return Redirect("/admin/import");
        }

        Response.StatusCode = outcome is ReimportOutcome.Outdated ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Review), new ReimportReviewPage(plan, outcome is ReimportOutcome.Invalid invalid ? $"没有导入任何内容：{invalid.Message}" : Outdated));
    }

    [HttpPost("/admin/import/{id:int}/discard")]
    public async Task<IActionResult> Discard(int id, CancellationToken ct)
    {
        TempData["Notice"] = await reimporter.DiscardAsync(id, ct) ? "已放弃这份文本，网站内容没有改动。" : "这份文本已处理过或已放弃。";
        return Redirect("/admin/import");
    }
}
