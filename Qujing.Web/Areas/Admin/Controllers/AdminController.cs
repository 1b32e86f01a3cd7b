using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>Everything an editor sees: signed in, antiforgery on every POST, and never stored by any cache.</summary>
[Area("Admin")]
[Authorize]
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class AdminController : Controller
{
    protected string UserName => User.Identity?.Name ?? "";
}
