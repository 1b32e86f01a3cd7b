using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Accounts;
using Qujing.Web.Areas.Admin.Models;

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

    private async Task<IActionResult> AfterAsync(AccountChange change, string notice)
    {
        switch (change)
        {
            case AccountChange.Done:
                TempData["Notice"] = notice;
                return Redirect("/admin/users");
            case AccountChange.NotFound:
                return NotFound();
            default:
                ModelState.AddModelError("", change == AccountChange.RefusedForSelf ? "不能停用自己的账户。" : "操作失败：该账户可能刚被别人修改过，请重试。");
                return View(nameof(Index), await ListAsync());
        }
    }

    private async Task<UsersPage> ListAsync(NewUserForm? form = null)
    {
        var all = await users.Users.OrderBy(u => u.UserName).ToListAsync();
        var rows = new List<UserRow>();
        foreach (var user in all)
        {
            var name = user.UserName ?? "";
            rows.Add(new UserRow(user.Id, name, string.Join("、", await users.GetRolesAsync(user)), control.StateOf(user), name == UserName));
        }

        return new UsersPage(rows, form ?? new NewUserForm());
    }
}
