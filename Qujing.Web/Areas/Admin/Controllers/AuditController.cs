using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Areas.Admin.Models;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Features.Editing.Desk;
using Qujing.Web.Text;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>
/// The audit log; Admins only, since it holds every user name typed at the login form (now and then a password typed
/// into the wrong box).
/// </summary>
[Authorize(Roles = Roles.Admin)]
public class AuditController(AuditSearch search, IEnumerable<IContentListing> kinds) : AdminController
{
    [HttpGet("/admin/audit")]
    public async Task<IActionResult> Index(
        [FromQuery] string? user, [FromQuery(Name = "action")] string? did, [FromQuery] string? type, [FromQuery] string? q,
        [FromQuery] int page = 1, CancellationToken ct = default)
    {
        // "action" is also MVC's route value (the action's name); only the query string's is the filter.
        var tooLong = new[] { user, did, type, q }.Any(v => v?.Length > AuditFilter.MaxLength);
        var filter = new AuditFilter(Clip(user), Clip(did), Clip(type), Clip(q), page);
        var kindsByType = kinds.ToDictionary(k => k.ItemType, k => new AuditKind(k.Plural, k.Label));
        return View(new AuditPage(await search.SearchAsync(filter, ct), kindsByType, tooLong));
    }

    private static string Clip(string? value) => InputText.Truncate((value ?? "").Trim(), AuditFilter.MaxLength);
}
