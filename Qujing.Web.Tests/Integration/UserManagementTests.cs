using System.Net;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// What an Admin does for colleagues besides disabling and unlocking: reset a forgotten password (shown once), change a
/// role, and make accounts with Chinese names.
/// </summary>
public sealed class UserManagementTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AResetPasswordIsShownOnceWorksAndEndsTheOldSessions()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var reset = await PostAsync(admin, AdminSite.EditorName, "reset-password");
        var page = await AdminSite.ReadAsync(reset);
        var password = page.QuerySelector(".generated-password code")!.TextContent;
        var again = await AdminSite.GetDocumentAsync(admin, "/admin/users");

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("no-store", reset.Headers.CacheControl?.ToString());
        Assert.Equal(GeneratedPassword.Length, password.Length);
        Assert.Null(again.QuerySelector(".generated-password"));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync(new Uri("/admin", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AdminSite.PostFormAsync(_site.Anonymous(), "/admin/login", new() { ["UserName"] = AdminSite.EditorName, ["Password"] = AdminSite.EditorPassword })).StatusCode);
        await _site.SignedInAsync(AdminSite.EditorName, password);
        var audit = await AdminSite.GetDocumentAsync(admin, "/admin/audit?action=" + Uri.EscapeDataString("重置密码"));
        var entry = Assert.Single(audit.QuerySelectorAll("tbody tr"));
        Assert.DoesNotContain(password, entry.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdminCannotResetOrChangeTheirOwnAccountHere()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var reset = await AdminSite.ReadAsync(await PostAsync(admin, AdminSite.AdminName, "reset-password"));
        var role = await AdminSite.ReadAsync(await PostAsync(admin, AdminSite.AdminName, "role", new() { ["role"] = Roles.Editor }));

        Assert.Contains("修改密码", reset.QuerySelector(".errors")!.TextContent);
        Assert.Contains("另一位管理员", role.QuerySelector(".errors")!.TextContent);
        Assert.Equal([Roles.Admin], await RolesOfAsync(AdminSite.AdminName));
    }

    [Fact]
    public async Task ARoleChangeHoldsFromTheAccountsNextRequest()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var changed = await PostAsync(admin, AdminSite.EditorName, "role", new() { ["role"] = Roles.Admin });
        var promoted = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal([Roles.Admin], await RolesOfAsync(AdminSite.EditorName));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync(new Uri("/admin", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await promoted.GetAsync(new Uri("/admin/users", UriKind.Relative), Ct)).StatusCode);
        Assert.Contains("管理员", (await AdminSite.GetDocumentAsync(admin, "/admin/users")).QuerySelector($"tr[data-user='{AdminSite.EditorName}'] td:nth-child(2)")!.TextContent);
    }

    [Theory]
    [InlineData("Owner")]
    [InlineData("")]
    public async Task AnUnknownRoleIsRefusedInChinese(string role)
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var page = await AdminSite.ReadAsync(await PostAsync(admin, AdminSite.EditorName, "role", new() { ["role"] = role }));

        Assert.Contains("请选择角色", page.QuerySelector(".errors")!.TextContent);
        Assert.Equal([Roles.Editor], await RolesOfAsync(AdminSite.EditorName));
    }

    [Fact]
    public async Task AChineseUserNameCanBeMadeAndSignsIn()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var created = await AdminSite.PostFormAsync(admin, "/admin/users", new() { ["Form.UserName"] = "王编辑", ["Form.Password"] = "wang-pass-2026", ["Form.Role"] = Roles.Editor });
        var wang = await _site.SignedInAsync("王编辑", "wang-pass-2026");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("王编辑", (await AdminSite.GetDocumentAsync(wang, "/admin")).QuerySelector(".admin-nav > ul > li:nth-last-child(2) summary")!.TextContent);
    }

    [Theory]
    [InlineData("王 编辑")]
    [InlineData("王\u200B编辑")]
    [InlineData("王\u0007编辑")]
    public async Task AUserNameWithUnseenCharactersIsRefused(string name)
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var page = await AdminSite.ReadAsync(await AdminSite.PostFormAsync(admin, "/admin/users", new() { ["Form.UserName"] = name, ["Form.Password"] = "wang-pass-2026", ["Form.Role"] = Roles.Editor }));

        Assert.Contains("看不见的字符", page.QuerySelector("[data-valmsg-for='Form.UserName']")!.TextContent);
        Assert.Equal(0, _site.Factory.Query(db => db.Users.Count(u => u.UserName == name)));
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient admin, string name, string action, Dictionary<string, string>? fields = null)
    {
        var id = _site.Factory.Query(db => db.Users.Single(u => u.UserName == name).Id);
        return await AdminSite.PostFormAsync(admin, $"/admin/users/{id}/{action}", fields ?? [], formPage: "/admin/users");
    }

    private async Task<string[]> RolesOfAsync(string name)
    {
        var id = _site.Factory.Query(db => db.Users.Single(u => u.UserName == name).Id);
        return _site.Factory.Query(db => db.UserRoles.Where(r => r.UserId == id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, role) => role.Name!).ToArray());
    }
}
