using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Qujing.Web.Tests.Integration;

/// <summary>Sessions end when they should: at logout, at a password change, and when an Admin disables an account or ends its sessions.</summary>
public sealed class SessionTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CookieCapturedBeforeLogoutIsRefusedAfterIt()
    {
        var client = _site.Anonymous();
        var login = await AdminSite.PostFormAsync(client, "/admin/login", new() { ["UserName"] = AdminSite.EditorName, ["Password"] = AdminSite.EditorPassword });
        var captured = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("qujing.auth=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await GetAdminWithCookieAsync(captured)).StatusCode);

        var logout = await AdminSite.PostFormAsync(client, "/admin/logout", [], formPage: "/admin");
        var replayed = await GetAdminWithCookieAsync(captured);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        AssertSentToLogin(replayed);
    }

    [Fact]
    public async Task PasswordChangeInOneSessionSignsOutTheOthers()
    {
        var first = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var second = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        await AdminSite.PostFormAsync(first, "/admin/password", new() { ["Current"] = AdminSite.EditorPassword, ["New"] = "new-editor-pass-1", ["Confirm"] = "new-editor-pass-1" });

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(new Uri("/admin", UriKind.Relative), Ct)).StatusCode);
        AssertSentToLogin(await second.GetAsync(new Uri("/admin", UriKind.Relative), Ct));
    }

    [Fact]
    public async Task DisabledAccountCannotLogInAndItsLiveSessionEnds()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var disabled = await PostUserActionAsync(admin, AdminSite.EditorName, "disable");
        var live = await editor.GetAsync(new Uri("/admin", UriKind.Relative), Ct);
        var relogin = await AdminSite.PostFormAsync(_site.Anonymous(), "/admin/login", new() { ["UserName"] = AdminSite.EditorName, ["Password"] = AdminSite.EditorPassword });

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        AssertSentToLogin(live);
        Assert.Equal(HttpStatusCode.OK, relogin.StatusCode);
        Assert.Contains("已停用", (await AdminSite.GetDocumentAsync(admin, "/admin/users")).QuerySelector($"tr[data-user='{AdminSite.EditorName}']")!.TextContent);

        await PostUserActionAsync(admin, AdminSite.EditorName, "enable");
        await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var actions = _site.Factory.Query(db => db.AuditEntries.Where(a => a.UserName == AdminSite.AdminName).Select(a => a.Action).ToList());
        Assert.Contains("停用账户", actions);
        Assert.Contains("启用账户", actions);
    }

    [Fact]
    public async Task AdminCannotDisableThemselves()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var response = await PostUserActionAsync(admin, AdminSite.AdminName, "disable");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/admin/users", UriKind.Relative), Ct)).StatusCode);
        Assert.Contains("不能停用自己的账户", (await AdminSite.ReadAsync(response)).QuerySelector(".errors")!.TextContent);
        Assert.False(await IsLockedOutAsync(AdminSite.AdminName));
    }

    [Fact]
    public async Task AdminEndsTheSessionsOfAnAccount()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        await PostUserActionAsync(admin, AdminSite.EditorName, "end-sessions");

        AssertSentToLogin(await editor.GetAsync(new Uri("/admin", UriKind.Relative), Ct));
        await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        Assert.Contains(_site.Factory.Query(db => db.AuditEntries.ToList()), a => a.UserName == AdminSite.AdminName && a.Action == "结束会话" && a.Detail == AdminSite.EditorName);
    }

    [Fact]
    public async Task AdminUnlocksALockedAccount()
    {
        using (var scope = _site.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync(AdminSite.EditorName))!, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        Assert.Contains("已锁定", (await AdminSite.GetDocumentAsync(admin, "/admin/users")).QuerySelector($"tr[data-user='{AdminSite.EditorName}']")!.TextContent);

        var response = await PostUserActionAsync(admin, AdminSite.EditorName, "unlock");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await IsLockedOutAsync(AdminSite.EditorName));
        await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        Assert.Contains(_site.Factory.Query(db => db.AuditEntries.ToList()), a => a.UserName == AdminSite.AdminName && a.Action == "解锁账户" && a.Detail == AdminSite.EditorName);
    }

    [Fact]
    public async Task EditorsCannotChangeAccounts()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var adminId = _site.Factory.Query(db => db.Users.Single(u => u.UserName == AdminSite.AdminName).Id);

        var response = await AdminSite.PostFormAsync(editor, $"/admin/users/{adminId}/disable", [], formPage: "/admin");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await IsLockedOutAsync(AdminSite.AdminName));
    }

    /// <summary>Posts one of the buttons in the account's row of the accounts page.</summary>
    private async Task<HttpResponseMessage> PostUserActionAsync(HttpClient admin, string name, string action)
    {
        var id = _site.Factory.Query(db => db.Users.Single(u => u.UserName == name).Id);
        return await AdminSite.PostFormAsync(admin, $"/admin/users/{id}/{action}", [], formPage: "/admin/users");
    }

    private async Task<HttpResponseMessage> GetAdminWithCookieAsync(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await _site.Anonymous().SendAsync(request, Ct);
    }

    private async Task<bool> IsLockedOutAsync(string name)
    {
        using var scope = _site.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await users.IsLockedOutAsync((await users.FindByNameAsync(name))!);
    }

    private static void AssertSentToLogin(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login?ReturnUrl=", response.Headers.Location?.PathAndQuery);
    }
}
