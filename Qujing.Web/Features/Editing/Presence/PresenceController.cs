using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Areas.Admin.Controllers;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Features.Editing.Presence;

/// <summary>
/// The edit page's heartbeat ("this page is open and visible") and its "left" beacon. Antiforgery-checked like every admin
/// post; rate-limited on a budget of its own ("RateLimits:Presence"), so that polling never spends the save button's.
/// </summary>
[Route("admin/presence")]
[Authorize(Roles = $"{Roles.Admin},{Roles.Editor}")]
public class PresenceController(PresenceItems items, PresenceBoard board, UserManager<IdentityUser> users, TimeProvider clock) : AdminController
{
    private const string Unknown = "找不到这个条目：它不存在，或地址中的类型、编号有误。请从列表重新打开编辑页。";

    /// <summary>Records the editor's page and answers with who else has the item open, as the notice's text and the names.</summary>
    [HttpPost("{kind}/{id}")]
    public async Task<IActionResult> Beat(string kind, int id, CancellationToken ct)
    {
        if (await items.ItemTypeAsync(kind, id, ct) is not { } itemType)
        {
            return NotFound(new { message = Unknown });
        }

        var me = users.GetUserId(User) ?? "";
        await board.BeatAsync(me, itemType, id, ct);
        var others = await board.OthersAsync(me, itemType, id, ct);
        return Json(new { text = PresenceNotice.Text(others, clock.GetUtcNow()), names = others.Select(o => o.Name) });
    }

    [HttpPost("{kind}/{id}/left")]
    public async Task<IActionResult> Left(string kind, int id, CancellationToken ct)
    {
        if (items.ItemTypeOf(kind) is not { } itemType)
        {
            return NotFound(new { message = Unknown });
        }

        await board.LeaveAsync(users.GetUserId(User) ?? "", itemType, id, ct);
        return NoContent();
    }
}
