using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Qujing.Web.Features.Editing.Autosave;

/// <summary>
/// The edit form's autosave controls: where the script saves to, the browser key of the local copy, and the server
/// copy (from any browser) for the script to offer back. Without JavaScript it shows nothing.
/// </summary>
public sealed class AutosaveSlotViewComponent(AutosaveStore slots) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string kind, int itemId)
    {
        var user = UserClaimsPrincipal.Identity?.Name ?? "";
        var slot = await slots.FindAsync(user, kind, itemId, HttpContext.RequestAborted);
        var server = slot is null ? "" : JsonSerializer.Serialize(new
        {
            fields = JsonSerializer.Deserialize<string[][]>(slot.FieldsJson),
            basedOn = slot.BasedOn,
            savedAt = slot.SavedAt,
        });
        var root = $"/admin/drafting/{kind}/{itemId}";
        return View(new AutosaveSlotView($"{root}/autosave", $"{root}/discard", $"qujing-autosave:{user}:{kind}:{itemId}", server));
    }
}
