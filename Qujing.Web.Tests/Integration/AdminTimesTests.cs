using AngleSharp.Dom;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Tests.Integration;

/// <summary>Editors read every time in Beijing time: stored in UTC, shown at UTC+8, labelled so, with the offset in the markup.</summary>
public sealed class AdminTimesTests : IDisposable
{
    // 20:30 UTC is already the next morning in Beijing: a view that forgets the offset shows the wrong day.
    private static readonly DateTimeOffset Stored = new(2026, 3, 1, 20, 30, 5, TimeSpan.Zero);

    private readonly AdminSite _site = new();

    public AdminTimesTests() => _site.Factory.Query(db =>
    {
        db.Revisions.Single(r => r.ItemType == "section" && r.ItemId == 1 && r.Number == 1).At = Stored;
        db.ImportRuns.Single().ImportedAt = Stored;
        db.AuditEntries.Add(new AuditEntry { At = Stored, UserName = AdminSite.AdminName, Action = "测试", Detail = "北京时间" });
        return db.SaveChanges();
    });

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/admin/sections/1/history", "2026-03-02 04:30:05")]
    [InlineData("/admin/audit", "2026-03-02 04:30:05")]
    [InlineData("/admin/report", "2026-03-02 04:30")]
    public async Task AdminPagesShowBeijingTime(string url, string shown)
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var page = await AdminSite.GetDocumentAsync(admin, url);

        var time = Assert.Single(page.QuerySelectorAll("time"), t => t.TextContent == shown);
        Assert.Equal("2026-03-02T04:30:05+08:00", time.GetAttribute("datetime"));
        Assert.Contains("北京时间", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("UTC", page.QuerySelector("main")!.TextContent);
    }
}
