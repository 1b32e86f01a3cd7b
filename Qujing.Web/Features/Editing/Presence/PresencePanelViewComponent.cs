using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Qujing.Web.Features.Editing.Presence;

/// <summary>
/// Who else has the item open, rendered with the edit page so that it shows without JavaScript; the page's script then
/// keeps it current. Only reads: a page is recorded by its first heartbeat, so opening a page never writes.
/// </summary>
public sealed class PresencePanelViewComponent(PresenceItems items, PresenceBoard board, UserManager<IdentityUser> users, TimeProvider clock, IOptions<PresenceOptions> options)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string plural, int itemId)
    {
        var itemType = items.ItemTypeOf(plural) ?? throw new ArgumentException($"No content kind is routed at {plural}.", nameof(plural));
        var others = await board.OthersAsync(users.GetUserId(UserClaimsPrincipal) ?? "", itemType, itemId, HttpContext.RequestAborted);
        return View("~/Features/Editing/Presence/PresencePanel.cshtml",
            new PresencePanelView($"/admin/presence/{plural}/{itemId}", options.Value.HeartbeatSeconds * 1000, PresenceNotice.Text(others, clock.GetUtcNow())));
    }
}
