using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Accounts;
using Qujing.Web.Areas.Admin.Models;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>Editor accounts; Admins only.</summary>
[Authorize(Roles = Roles.Admin)]
public class UsersController(UserManager<IdentityUser> users, AccountSeeder accounts, AuditLog audit) : AdminController
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

    private async Task<UsersPage> ListAsync(NewUserForm? form = null)
    {
        var all = await users.Users.OrderBy(u => u.UserName).ToListAsync();
        var rows = new List<UserRow>();
        foreach (var user in all)
        {
            rows.Add(new UserRow(user.UserName ?? "", string.Join("、", await users.GetRolesAsync(user)), user.LockoutEnd > DateTimeOffset.UtcNow));
        }

        return new UsersPage(rows, form ?? new NewUserForm());
    }
}
