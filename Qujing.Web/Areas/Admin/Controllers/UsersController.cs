using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Areas.Admin.Models;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>Editor accounts; Admins only.</summary>
[Authorize(Roles = Roles.Admin)]
public class UsersController(UserManager<IdentityUser> users, AccountSeeder accounts, AccountControl control, AuditLog audit) : AdminController
{
    [HttpGet("/admin/users")]
    public async Task<IActionResult> Index() => View(await ListAsync());

    [HttpPost("/admin/users")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] NewUserForm form)
    {
        if (ModelState.IsValid)
        {
            var result = await accounts.CreateAsync(form.UserName, form.Password, form.Role);
            if (result.Succeeded)
            {
                await audit.RecordAsync(UserName, "新建账户", $"{form.UserName}（{form.Role}）");
                TempData["Notice"] = $"已创建账户 {form.UserName}。";
                return Redirect("/admin/users");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Form.Password" : "Form.UserName", error.Description);
            }
        }

        form.Password = "";
        return View(nameof(Index), await ListAsync(form));
    }

    [HttpPost("/admin/users/{id}/unlock")]
    public async Task<IActionResult> Unlock(string id) => await AfterAsync(await control.UnlockAsync(id, UserName), "账户已解锁，可以重新登录。");

    [HttpPost("/admin/users/{id}/disable")]
    public async Task<IActionResult> Disable(string id) => await AfterAsync(await control.DisableAsync(id, UserName), "账户已停用，它的所有会话已结束。");

    [HttpPost("/admin/users/{id}/enable")]
    public async Task<IActionResult> Enable(string id) => await AfterAsync(await control.EnableAsync(id, UserName), "账户已启用。");

    [HttpPost("/admin/users/{id}/end-sessions")]
    public async Task<IActionResult> EndSessions(string id) => await AfterAsync(await control.EndSessionsAsync(id, UserName), "该账户的所有会话已结束，需要重新登录。");

    /// <summary>
    /// The new password is in this response only (not in a redirect's TempData cookie, not in the log): the Admin
    /// passes it on and the colleague changes it after signing in.
    /// </summary>
    [HttpPost("/admin/users/{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(string id)
    {
        var (change, password) = await control.ResetPasswordAsync(id, UserName);
        if (change != AccountChange.Done || password is null)
        {
            return await AfterAsync(change, "", "不能在这里重置自己的密码，请使用“修改密码”。");
        }

        Response.Headers.CacheControl = "no-store";
        var user = await users.FindByIdAsync(id);
        return View(nameof(Index), await ListAsync(reset: new PasswordReset(user?.UserName ?? "", password)));
    }

    [HttpPost("/admin/users/{id}/role")]
    public async Task<IActionResult> ChangeRole(string id, string? role)
    {
        if (role is not (Roles.Editor or Roles.Admin))
        {
            ModelState.AddModelError("", "请选择角色：编辑或管理员。");
            return View(nameof(Index), await ListAsync());
        }

        return await AfterAsync(await control.ChangeRoleAsync(id, role, UserName), $"角色已改为{RoleNames.Of(role)}，该账户需要重新登录。", "不能更改自己的角色，请让另一位管理员操作。");
    }

    private async Task<IActionResult> AfterAsync(AccountChange change, string notice, string refusedForSelf = "不能停用自己的账户。")
    {
        switch (change)
        {
            case AccountChange.Done:
                TempData["Notice"] = notice;
                return Redirect("/admin/users");
            case AccountChange.NotFound:
                return NotFound();
            default:
                ModelState.AddModelError("", change == AccountChange.RefusedForSelf ? refusedForSelf : "操作失败：该账户可能刚被别人修改过，请重试。");
                return View(nameof(Index), await ListAsync());
        }
    }

    private async Task<UsersPage> ListAsync(NewUserForm? form = null, PasswordReset? reset = null)
    {
        var all = await users.Users.OrderBy(u => u.UserName).ToListAsync();
        var rows = new List<UserRow>();
        foreach (var user in all)
        {
            var name = user.UserName ?? "";
            var roles = await users.GetRolesAsync(user);
            rows.Add(new UserRow(user.Id, name, string.Join("、", roles.Select(RoleNames.Of)), roles.FirstOrDefault() ?? "", control.StateOf(user), name == UserName));
        }

        return new UsersPage(rows, form ?? new NewUserForm()) { Reset = reset };
    }
}
