using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Tests.Integration;

public sealed class AccountTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EditorsGetAChinese403OnAccounts()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var response = await editor.GetAsync(new Uri("/admin/users", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("没有权限", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AnEditorsRefusalStaysInsideTheAdminArea()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var response = await editor.GetAsync(new Uri("/admin/audit", UriKind.Relative), Ct);
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotNull(page.QuerySelector("body.admin nav[aria-label=后台]"));
        Assert.Equal("没有权限", page.QuerySelector("main h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/admin");
        Assert.StartsWith("没有权限", page.Title);
    }

    [Fact]
    public async Task EditorsCannotReadTheAuditLog()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var response = await editor.GetAsync(new Uri("/admin/audit", UriKind.Relative), Ct);
        var menu = await AdminSite.GetDocumentAsync(editor, "/admin");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(menu.QuerySelector("a[href='/admin/audit']"));
    }

    [Fact]
    public async Task FirstAdminComesFromConfiguration()
    {
        var roles = await RolesOfAsync(AdminSite.AdminName);

        Assert.Equal([Roles.Admin], roles);
    }

    [Fact]
    public async Task WrongPasswordGivesAChineseMessageAndIsAudited()
    {
        var client = _site.Anonymous();

        var response = await AdminSite.PostFormAsync(client, "/admin/login", new() { ["UserName"] = AdminSite.EditorName, ["Password"] = "wrong-password" });
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码不正确", page.QuerySelector(".errors")!.TextContent);
        Assert.Equal(AdminSite.EditorName, page.QuerySelector("#UserName")!.GetAttribute("value"));
        Assert.Contains(_site.Factory.Query(db => db.AuditEntries.ToList()), a => a.UserName == AdminSite.EditorName && a.Action == "登录失败");
    }

    [Fact]
    public async Task EmptyLoginFormShowsMessagesNextToTheFields()
    {
        var response = await AdminSite.PostFormAsync(_site.Anonymous(), "/admin/login", new() { ["UserName"] = "", ["Password"] = "" });
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal("请输入用户名。", page.QuerySelector("[data-valmsg-for=UserName]")!.TextContent);
        Assert.Equal("请输入密码。", page.QuerySelector("[data-valmsg-for=Password]")!.TextContent);
    }

    [Fact]
    public async Task FiveFailedLoginsLockTheAccount()
    {
        var client = _site.Anonymous();
        for (var i = 0; i < AccountsExtensions.MaxFailedLogins; i++)
        {
            await AdminSite.PostFormAsync(client, "/admin/login", new() { ["UserName"] = AdminSite.EditorName, ["Password"] = "wrong-password" });
        }

        var response = await AdminSite.PostFormAsync(client, "/admin/login", new() { ["UserName"] = AdminSite.EditorName, ["Password"] = AdminSite.EditorPassword });
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Web.Areas.Admin.Controllers.AccountController.LoginFailed, page.QuerySelector(".errors")!.TextContent.Trim());
        Assert.Contains(_site.Factory.Query(db => db.AuditEntries.ToList()), a => a.UserName == AdminSite.EditorName && a.Action == "登录失败（账户已锁定）");
    }

    [Fact]
    public async Task SuccessfulLoginIsAuditedAndSetsAStrictHttpOnlyCookie()
    {
        var client = _site.Anonymous();

        var response = await AdminSite.PostFormAsync(client, "/admin/login", new() { ["UserName"] = AdminSite.EditorName, ["Password"] = AdminSite.EditorPassword, ["ReturnUrl"] = "/admin/audit" });

        Assert.Equal("/admin/audit", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("qujing.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(_site.Factory.Query(db => db.AuditEntries.ToList()), a => a.UserName == AdminSite.EditorName && a.Action == "登录");
    }

    [Fact]
    public async Task LoginDoesNotRedirectToAnotherSite()
    {
        var response = await AdminSite.PostFormAsync(_site.Anonymous(), "/admin/login",
            new() { ["UserName"] = AdminSite.EditorName, ["Password"] = AdminSite.EditorPassword, ["ReturnUrl"] = "https://evil.example/" });

        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task PostsWithoutAnAntiforgeryTokenAreRefused()
    {
        var response = await _site.Anonymous().PostAsync(new Uri("/admin/login", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = AdminSite.AdminName, ["Password"] = AdminSite.AdminPassword }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EditorChangesOwnPassword()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var response = await AdminSite.PostFormAsync(editor, "/admin/password",
            new() { ["Current"] = AdminSite.EditorPassword, ["New"] = "new-editor-pass-1", ["Confirm"] = "new-editor-pass-1" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await _site.SignedInAsync(AdminSite.EditorName, "new-editor-pass-1");
    }

    [Fact]
    public async Task AdminCreatesAnEditorAccountAndWeakPasswordsAreExplained()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var weak = await AdminSite.PostFormAsync(admin, "/admin/users", new() { ["Form.UserName"] = "zhang", ["Form.Password"] = "short", ["Form.Role"] = Roles.Editor });
        var page = await AdminSite.ReadAsync(weak);
        var created = await AdminSite.PostFormAsync(admin, "/admin/users", new() { ["Form.UserName"] = "zhang", ["Form.Password"] = "zhang-pass-2026", ["Form.Role"] = Roles.Editor });

        Assert.Contains("密码至少需要 10 个字符", page.QuerySelector("[data-valmsg-for='Form.Password']")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal([Roles.Editor], await RolesOfAsync("zhang"));
    }

    [Fact]
    public async Task AddUserVerbReadsThePasswordFromStandardInput()
    {
        using var output = new StringWriter();

        var exit = await AddUserCommand.RunAsync(_site.Factory.Services, ["add-user", "ops", "--role", "Admin"], new StringReader("ops-password-2026\n"), output);

        Assert.Equal(0, exit);
        Assert.Equal([Roles.Admin], await RolesOfAsync("ops"));
        await _site.SignedInAsync("ops", "ops-password-2026");
    }

    [Fact]
    public async Task AddUserVerbRefusesAnUnknownRoleAndAWeakPassword()
    {
        using var output = new StringWriter();

        Assert.Equal(2, await AddUserCommand.RunAsync(_site.Factory.Services, ["add-user", "ops", "--role", "Boss"], new StringReader("ops-password-2026\n"), output));
        Assert.Equal(1, await AddUserCommand.RunAsync(_site.Factory.Services, ["add-user", "ops"], new StringReader("short\n"), output));
        Assert.Contains("密码至少需要 10 个字符", output.ToString());
    }

    private async Task<IList<string>> RolesOfAsync(string name)
    {
        using var scope = _site.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        return await users.GetRolesAsync((await users.FindByNameAsync(name))!);
    }
}
