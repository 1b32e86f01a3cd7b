using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Tests.Integration;

/// <summary>The audit log reads like a newsroom's: filtered, paged (not "newest 200"), each entry linked to its item, with its client's address.</summary>
public sealed class AuditPageTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task AnEditorsSaveIsLinkedToTheItemAndShowsWhereItCameFrom()
    {
        using var factory = _site.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, ClientAddressFromHeader>()));
        var editor = factory.CreateClient(new() { AllowAutoRedirect = false });
        editor.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, "203.0.113.9");
        await AdminSite.PostFormAsync(editor, "/admin/login", new() { ["UserName"] = AdminSite.EditorName, ["Password"] = AdminSite.EditorPassword });
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        await AdminSite.PostFormAsync(editor, "/admin/sections/2/trash", [], "/admin/sections");

        var audit = await AdminSite.GetDocumentAsync(admin, "/admin/audit?type=section");

        var row = Assert.Single(audit.QuerySelectorAll("tbody tr"));
        Assert.Equal(AdminSite.EditorName, row.Children[1].TextContent);
        Assert.Equal("/admin/sections/2/history", row.Children[3].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("栏目 #2", row.Children[3].TextContent);
        Assert.Equal("203.0.113.9", row.Children[5].TextContent);
    }

    [Fact]
    public async Task FiltersNarrowByUserActionAndTextAndPagesKeepTheFilter()
    {
        _site.Factory.Query(db =>
        {
            var start = DateTimeOffset.UtcNow.AddHours(-1);
            for (var i = 0; i < AuditSearch.PageSize + 10; i++)
            {
                db.AuditEntries.Add(new AuditEntry { At = start.AddSeconds(i), UserName = AdminSite.EditorName, Action = "登录", Detail = $"测试{i}" });
            }

            db.AuditEntries.Add(new AuditEntry { At = start, UserName = "闯入者", Action = "登录失败", Detail = "密码错误" });
            return db.SaveChanges();
        });
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var first = await AdminSite.GetDocumentAsync(admin, $"/admin/audit?user={AdminSite.EditorName}&action=" + Uri.EscapeDataString("登录"));
        var next = first.QuerySelector(".admin-pager a[rel=next]")!.GetAttribute("href")!;
        var second = await AdminSite.GetDocumentAsync(admin, next);
        var failed = await AdminSite.GetDocumentAsync(admin, "/admin/audit?q=" + Uri.EscapeDataString("密码错误"));

        Assert.Equal(AuditSearch.PageSize, first.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("user=lihua", next, StringComparison.Ordinal);
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Equal(10, second.QuerySelectorAll("tbody tr").Length);
        Assert.All(first.QuerySelectorAll("tbody tr").Concat(second.QuerySelectorAll("tbody tr")), tr => Assert.Equal("登录", tr.Children[2].TextContent));
        Assert.Equal("闯入者", Assert.Single(failed.QuerySelectorAll("tbody tr")).Children[1].TextContent);
        Assert.Equal("selected", first.QuerySelector("select[name=user] option[selected]")?.GetAttribute("selected"));
    }

    [Theory]
    [InlineData("/admin/audit?page=999")]
    [InlineData("/admin/audit?page=-3")]
    [InlineData("/admin/audit?page=abc")]
    [InlineData("/admin/audit?type=nothing&user=nobody")]
    public async Task OddAddressesGiveAPageNotAnError(string url)
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var response = await admin.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ATooLongFilterIsCutAndSaidSo()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var page = await AdminSite.GetDocumentAsync(admin, "/admin/audit?q=" + new string('长', 300));

        Assert.Contains("只按前 100 个字筛选", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(AuditFilter.MaxLength, page.QuerySelector("input[name=q]")!.GetAttribute("value")!.Length);
    }

    [Fact]
    public async Task ACutFilterNeverEndsInHalfACharacter()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        // 𠀀 (U+20000, a rare-name character) is two UTF-16 units; the 100-unit cut falls between them.
        var page = await AdminSite.GetDocumentAsync(admin, "/admin/audit?q=" + Uri.EscapeDataString(new string('长', AuditFilter.MaxLength - 1) + "𠀀𠀀"));

        var kept = page.QuerySelector("input[name=q]")!.GetAttribute("value")!;
        Assert.Equal(new string('长', AuditFilter.MaxLength - 1), kept);
    }
}
