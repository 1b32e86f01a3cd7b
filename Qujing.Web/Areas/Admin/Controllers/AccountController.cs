using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Areas.Admin.Models;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Infrastructure.Health;
using Qujing.Web.Infrastructure.RateLimiting;

namespace Qujing.Web.Areas.Admin.Controllers;

public class AccountController(
    SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, PasswordLogin login, LoginNameThrottle nameThrottle, AuditLog audit, StorageStatus storage)
    : AdminController
{
    /// <summary>One text for an unknown name, a wrong password and a locked account, so that none of them is revealed.</summary>
    public const string LoginFailed = "用户名或密码不正确，或账户已被暂时锁定。";

    [AllowAnonymous]
    [HttpGet("/admin/login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("/admin/login")]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        // A login writes (the audit entry, the failure count, a rehashed password): on a read-only database it would end
        // in a 500 after checking the password, so it is not tried.
        if (storage.IsReadOnly)
        {
            ModelState.AddModelError("", StorageStatus.ReadOnlyMessage);
            form.Password = "";
            return View(form);
        }

        // The per-address limit came first, in the rate limiter; this one holds for the name from every address.
        if (!nameThrottle.TryAcquire(form.UserName, out var retryAfter))
        {
            RetryAfter.Refuse(Response, retryAfter);
            return new EmptyResult();
        }

        var result = await login.SignInAsync(form.UserName, form.Password);
        if (result.Succeeded)
        {
            await audit.RecordAsync(form.UserName, "登录");
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/admin");
        }

        await audit.RecordAsync(form.UserName, result.IsLockedOut ? "登录失败（账户已锁定）" : "登录失败");
        ModelState.AddModelError("", LoginFailed);
        form.Password = "";
        return View(form);
    }

    /// <summary>
    /// Ends this session and every other one of the account: a new security stamp makes any copy of the cookie, here or
    /// on another device, worthless at its next request.
    /// </summary>
    [HttpPost("/admin/logout")]
    public async Task<IActionResult> Logout()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await audit.RecordAsync(UserName, "退出登录");
        await signIn.SignOutAsync();
        return Redirect("/admin/login");
    }

    [AllowAnonymous]
    [HttpGet("/admin/denied")]
    public IActionResult Denied() => StatusCode(StatusCodes.Status403Forbidden);

    [HttpGet("/admin/password")]
    public IActionResult Password() => View(new PasswordForm());

    [HttpPost("/admin/password")]
    public async Task<IActionResult> Password(PasswordForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.GetUserAsync(User);
        var result = user is null ? IdentityResult.Failed() : await users.ChangePasswordAsync(user, form.Current, form.New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.Current) : nameof(form.New), error.Description);
            }

            return View(new PasswordForm());
        }

        // Changing the password gave the account a new security stamp, which ends its other sessions; this one goes on.
        await signIn.RefreshSignInAsync(user!);
        await audit.RecordAsync(UserName, "修改密码");
        TempData["Notice"] = "密码已修改。";
        return Redirect("/admin");
    }
}
