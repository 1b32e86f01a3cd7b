using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Tests.Integration;

/// <summary>Every account text input has a length limit, checked before anything reaches the database or the audit log.</summary>
public sealed class AccountInputTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task LongUserNameAtLoginLeavesNoAuditRowLongerThanTheCap()
    {
        var name = new string('a', 100_000);

        var response = await AdminSite.PostFormAsync(_site.Anonymous(), "/admin/login", new() { ["UserName"] = name, ["Password"] = "wrong-password" });
        var page = await AdminSite.ReadAsync(response);

        Assert.All(_site.Factory.Query(db => db.AuditEntries.ToList()), a => Assert.InRange(a.UserName.Length, 0, AuditLog.MaxUserNameLength));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"用户名不能超过 {AccountLimits.MaxUserNameLength} 个字符。", page.QuerySelector("[data-valmsg-for=UserName]")!.TextContent);
    }

    [Fact]
    public async Task LongPasswordAtLoginIsRefusedWithAChineseMessage()
    {
        var response = await AdminSite.PostFormAsync(_site.Anonymous(), "/admin/login",
            new() { ["UserName"] = AdminSite.EditorName, ["Password"] = new string('p', AccountLimits.MaxPasswordLength + 1) });
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal($"密码不能超过 {AccountLimits.MaxPasswordLength} 个字符。", page.QuerySelector("[data-valmsg-for=Password]")!.TextContent);
        Assert.DoesNotContain(_site.Factory.Query(db => db.AuditEntries.ToList()), a => a.Action.StartsWith("登录", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NewAccountFormRefusesALongUserName()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var response = await AdminSite.PostFormAsync(admin, "/admin/users",
            new() { ["Form.UserName"] = new string('z', AccountLimits.MaxUserNameLength + 1), ["Form.Password"] = "zhang-pass-2026", ["Form.Role"] = Roles.Editor });
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal($"用户名不能超过 {AccountLimits.MaxUserNameLength} 个字符。", page.QuerySelector("[data-valmsg-for='Form.UserName']")!.TextContent);
        Assert.Equal(2, _site.Factory.Query(db => db.Users.Count()));
    }

    [Fact]
    public async Task PasswordFormRefusesALongNewPassword()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var tooLong = "a1" + new string('b', AccountLimits.MaxPasswordLength);

        var response = await AdminSite.PostFormAsync(editor, "/admin/password", new() { ["Current"] = AdminSite.EditorPassword, ["New"] = tooLong, ["Confirm"] = tooLong });
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"密码不能超过 {AccountLimits.MaxPasswordLength} 个字符。", page.QuerySelector("[data-valmsg-for=New]")!.TextContent);
    }

    [Fact]
    public async Task AddUserVerbRefusesALongUserName()
    {
        using var output = new StringWriter();

        var exit = await AddUserCommand.RunAsync(_site.Factory.Services, ["add-user", new string('o', AccountLimits.MaxUserNameLength + 1)], new StringReader("ops-password-2026\n"), output);

        Assert.Equal(1, exit);
        Assert.Contains($"用户名不能超过 {AccountLimits.MaxUserNameLength} 个字符。", output.ToString());
    }

    [Fact]
    public async Task AuditLogCutsWhatItStores()
    {
        using (var scope = _site.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(new string('n', 10_000), "登录失败", new string('d', 10_000), ct: TestContext.Current.CancellationToken);
        }

        var entry = _site.Factory.Query(db => db.AuditEntries.OrderByDescending(a => a.Id).First());
        Assert.Equal(AuditLog.MaxUserNameLength, entry.UserName.Length);
        Assert.Equal(AuditLog.MaxDetailLength, entry.Detail.Length);
    }
}
