using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Editing.Autosave;
using Qujing.Web.Text;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>
/// What the edit page's scripts call while an editor types: the live preview (the site's own Markdown pipeline) and the
/// autosave slot. Signed in, antiforgery-checked and rate-limited as a group ("RateLimits:Drafting"), so that typing
/// never spends the budget the save button needs.
/// </summary>
[Route("admin/drafting")]
public class DraftingController(AutosaveStore slots, MarkdownRenderer markdown) : AdminController
{
    [HttpPost("preview")]
    public async Task<IActionResult> Preview([FromForm] string? text, CancellationToken ct)
    {
        if ((text?.Length ?? 0) > ContentLimits.Body)
        {
            return Refused(StatusCodes.Status413PayloadTooLarge, $"正文超过 {ContentLimits.Body} 个字符，无法预览。请缩短后再试。");
        }

        using var html = new StringWriter();
        (await markdown.RenderAsync(InputText.Clean(text), ct)).Html.WriteTo(html, System.Text.Encodings.Web.HtmlEncoder.Default);
        return Content(html.ToString(), "text/html; charset=utf-8");
    }

    [HttpPost("{kind}/{id:int}/autosave")]
    public async Task<IActionResult> Save(string kind, int id, CancellationToken ct)
    {
        var input = AutosaveInput.Read(kind, await Request.ReadFormAsync(ct));
        if (id < 0 || input.Error is not null)
        {
            return Refused(StatusCodes.Status400BadRequest, input.Error ?? "无法自动保存：内容编号无效。");
        }

        var at = await slots.SaveAsync(UserName, kind, id, input.BasedOn, input.Fields, ct);
        return Json(new { savedAt = at });
    }

    [HttpPost("{kind}/{id:int}/discard")]
    public async Task<IActionResult> Discard(string kind, int id, CancellationToken ct)
    {
        await slots.ClearAsync(UserName, kind, id, ct);
        return NoContent();
    }

    private static JsonResult Refused(int status, string message) => new(new { message }) { StatusCode = status };
}
