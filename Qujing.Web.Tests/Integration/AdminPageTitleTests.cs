using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Data;
using Qujing.Web.Features.Home;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// Every admin page names itself in the browser tab (an editor with six tabs open tells them apart by it), and a page
/// that names nothing says 编辑后台. The pages only read, so they share one site.
/// </summary>
public sealed class AdminPageTitleTests(SharedAdminSite site) : IClassFixture<SharedAdminSite>
{
    private const string Suffix = " · 曲靖教育改革专题";

    /// <summary>An address, who asks for it (an Admin, an Editor, or nobody signed in), and the tab's title before the suffix.</summary>
    public static TheoryData<string, string, string> Pages => new()
    {
        { "/admin", "admin", "概览" },
        { "/admin/audit", "admin", "操作记录" },
        { "/admin/users", "admin", "账户" },
        { "/admin/password", "editor", "修改密码" },
        { "/admin/report", "editor", "导入报告" },
        { "/admin/import", "admin", "重新导入" },
        { "/admin/backup", "admin", "备份与导出" },
        { "/admin/media", "editor", "媒体库" },
        { "/admin/sections", "editor", "栏目" },
        { "/admin/milestones", "editor", "大事记" },
        { "/admin/sections/new", "editor", "新建栏目" },
        { "/admin/sections/1/edit", "editor", "编辑：{section 1}" },
        { "/admin/sections/1/history", "editor", "历史版本：{section 1}" },
        { "/admin/sections/1/diff?from=1&to=1", "editor", "版本比较" },
        { "/admin/login", "nobody", "登录" },
        { "/admin/users", "editor", ErrorPage.For(403).Title },
        { "/admin/no-such-page", "editor", ErrorPage.For(404).Title },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryAdminPageNamesItselfInTheTab(string url, string who, string title)
    {
        var client = who switch
        {
            "admin" => await site.Site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword),
            "editor" => await site.Site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword),
            _ => site.Site.Anonymous(),
        };

        var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(title.Replace("{section 1}", SectionHeading(1), StringComparison.Ordinal) + Suffix, page.Title);
        Assert.NotNull(page.QuerySelector("body.admin"));
    }

    private string SectionHeading(int id)
    {
        using var scope = site.Site.Factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<QujingDbContext>().Sections.Single(s => s.Id == id).Heading;
    }
}
