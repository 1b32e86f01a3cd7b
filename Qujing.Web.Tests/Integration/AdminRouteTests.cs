using System.Net;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// Who reaches which admin page. The cases only read, so they share one site (<see cref="SharedAdminSite"/>); a site
/// each, as in <see cref="AccountTests"/>, made these 66 cases most of that class's time.
/// </summary>
public sealed class AdminRouteTests(SharedAdminSite site) : IClassFixture<SharedAdminSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> AdminRoutes => new()
    {
        "/admin", "/admin/audit", "/admin/users", "/admin/password", "/admin/report", "/admin/import",
        "/admin/sections", "/admin/sections/new", "/admin/sections/1/edit", "/admin/sections/1/history", "/admin/sections/1/preview/1",
        "/admin/sections/1/diff?from=1&to=1", "/admin/schools", "/admin/schools/1/edit", "/admin/milestones", "/admin/milestones/1/edit",
        "/admin/figures", "/admin/figures/1/edit", "/admin/quotes", "/admin/quotes/1/edit", "/admin/feature", "/admin/feature/1/edit",
    };

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task EditorsReachEveryContentPage(string url)
    {
        var editor = await site.Site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var response = await editor.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(url is "/admin/users" or "/admin/audit" or "/admin/import" ? HttpStatusCode.Forbidden : HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task AnonymousVisitorsAreSentToTheLoginPage(string url)
    {
        var response = await site.Site.Anonymous().GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login?ReturnUrl=", response.Headers.Location?.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task AdminsReachEveryAdminPageAndNoneIsCached(string url)
    {
        var admin = await site.Site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var response = await admin.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }
}
