namespace Qujing.Web.Tests.Integration;

/// <summary>
/// The admin navigation is a handful of groups, not fourteen links wrapped over four rows of a phone: each group a
/// disclosure that works without script, the page's own link and its group marked current, and only what the role may use.
/// </summary>
public sealed class AdminNavigationTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task AnAdminSeesFiveEntriesWithEveryPageInsideAGroup()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var page = await AdminSite.GetDocumentAsync(admin, "/admin/schools");

        var nav = page.QuerySelector("nav.admin-nav")!;
        Assert.Equal(["内容", "审校", "管理", AdminSite.AdminName, "查看网站"], nav.Children[0].Children.Select(li => (li.QuerySelector("summary") ?? li.QuerySelector("a"))!.TextContent.Trim()));
        var links = nav.QuerySelectorAll("details a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/admin/sections", "/admin/schools", "/admin/milestones", "/admin/figures", "/admin/quotes", "/admin/feature", "/admin/media",
            "/admin/report", "/admin/import", "/admin/audit", "/admin/users", "/admin/backup", "/admin/password"], links);
        Assert.All(nav.QuerySelectorAll("details"), d => Assert.Equal("admin-nav", d.GetAttribute("name")));
        var current = Assert.Single(nav.QuerySelectorAll("[aria-current=page]"));
        Assert.Equal("/admin/schools", current.GetAttribute("href"));
        Assert.Equal("内容", Assert.Single(nav.QuerySelectorAll("details.current")).QuerySelector("summary")!.TextContent);
        Assert.NotNull(nav.QuerySelector("details form[action='/admin/logout'] button"));
    }

    [Fact]
    public async Task AnEditorSeesNoAdminOnlyPages()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var page = await AdminSite.GetDocumentAsync(editor, "/admin");

        var nav = page.QuerySelector("nav.admin-nav")!;
        Assert.Equal(["内容", "审校", AdminSite.EditorName, "查看网站"], nav.Children[0].Children.Select(li => (li.QuerySelector("summary") ?? li.QuerySelector("a"))!.TextContent.Trim()));
        Assert.DoesNotContain(nav.QuerySelectorAll("a"), a => a.GetAttribute("href") is "/admin/users" or "/admin/import" or "/admin/audit" or "/admin/backup");
        Assert.Equal("page", page.QuerySelector(".site-header a.brand")!.GetAttribute("aria-current"));
    }
}
