using System.Net;
using AngleSharp.Dom;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Tests.Integration;

/// <summary>The lists of each kind: searched by title or address, narrowed by state, and paged instead of endless.</summary>
public sealed class ContentListFilterTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task WordsInTheTitleNarrowTheListAndStayInTheBox()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var all = Titles(await AdminSite.GetDocumentAsync(admin, "/admin/schools"));
        var some = all.First(t => t.Contains("中学", StringComparison.Ordinal));

        var page = await AdminSite.GetDocumentAsync(admin, "/admin/schools?q=" + Uri.EscapeDataString("中学"));

        var found = Titles(page);
        Assert.Contains(some, found);
        Assert.All(found, t => Assert.Contains("中学", t, StringComparison.Ordinal));
        Assert.True(found.Count < all.Count, "the search narrowed nothing");
        Assert.Equal("中学", page.QuerySelector("input[name=q]")?.GetAttribute("value"));
        Assert.Contains($"共 {found.Count} 条", page.QuerySelector(".meta")!.TextContent);
    }

    [Fact]
    public async Task NothingFoundIsSaidInChinese()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var page = await AdminSite.GetDocumentAsync(admin, "/admin/schools?q=" + Uri.EscapeDataString("没有这所学校"));

        Assert.Empty(Titles(page));
        Assert.Contains("没有符合条件的学校", page.QuerySelector(".empty")?.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/admin/schools']"));
    }

    [Fact]
    public async Task TheStateFilterShowsTrashedItemsAlone()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var quote = _site.Factory.Query(db => db.Quotes.OrderBy(q => q.Id).First());
        _site.Factory.Query(db =>
        {
            db.Quotes.Single(q => q.Id == quote.Id).DeletedAt = DateTimeOffset.UtcNow;
            return db.SaveChanges();
        });

        var trashed = await AdminSite.GetDocumentAsync(admin, "/admin/quotes?status=trashed");
        var published = await AdminSite.GetDocumentAsync(admin, "/admin/quotes?status=published");

        var row = Assert.Single(trashed.QuerySelectorAll("tbody tr"));
        Assert.Contains("在回收站", row.TextContent);
        Assert.DoesNotContain(published.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("在回收站", StringComparison.Ordinal));
        Assert.Equal("trashed", trashed.QuerySelector("select[name=status] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task LongListsArePagedAndThePagerKeepsTheFilter()
    {
        _site.Factory.Query(db =>
        {
            db.Quotes.AddRange(Enumerable.Range(1, 70).Select(i => new Quote { Speaker = $"测试者{i}", Role = "测试", Words = $"第 {i} 句测试的话。" }));
            return db.SaveChanges();
        });
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var first = await AdminSite.GetDocumentAsync(admin, "/admin/quotes?q=" + Uri.EscapeDataString("测试者"));
        var next = first.QuerySelector(".admin-pager a[rel=next]")?.GetAttribute("href");
        Assert.NotNull(next);
        var second = await AdminSite.GetDocumentAsync(admin, next!);

        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(20, second.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("q=", next, StringComparison.Ordinal);
        Assert.Contains("共 70 条", first.QuerySelector(".meta")!.TextContent);
    }

    [Theory]
    [InlineData("/admin/schools?page=999")]
    [InlineData("/admin/schools?page=-3")]
    [InlineData("/admin/schools?page=abc")]
    [InlineData("/admin/schools?status=%E4%B9%B1")]
    public async Task OddQueriesStillShowTheList(string url)
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var response = await admin.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnOverlongSearchIsCutAndSaidSo()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var page = await AdminSite.GetDocumentAsync(admin, "/admin/schools?q=" + Uri.EscapeDataString(new string('校', 300)));

        Assert.Contains("只按前", page.QuerySelector(".errors")?.TextContent);
        Assert.Equal(100, page.QuerySelector("input[name=q]")?.GetAttribute("value")?.Length);
    }

    private static List<string> Titles(IDocument page) =>
        [.. page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim())];
}
