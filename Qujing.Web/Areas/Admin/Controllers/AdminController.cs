using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Infrastructure.Storage;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>
/// Everything an editor sees: signed in, antiforgery on every POST, never stored by any cache, and a storage failure
/// answered in Chinese with 503 (<see cref="StorageFailureFilter"/>), never with the public error page.
/// </summary>
[Area("Admin")]
[Authorize]
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[TypeFilter<StorageFailureFilter>]
public abstract class AdminController : Controller
{
    protected string UserName => User.Identity?.Name ?? "";

    /// <summary>
    /// The form again, exactly as it was posted, with 503 and why nothing was saved at its top: a full disk or a read-only
    /// database must never cost the editor what they typed.
    /// </summary>
    protected ViewResult FormAfterStorageFailure(StorageFailure failure, string viewName, object model)
    {
        ModelState.AddModelError("", failure.SaveMessage);
        var form = View(viewName, model);
        form.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return form;
    }
}
