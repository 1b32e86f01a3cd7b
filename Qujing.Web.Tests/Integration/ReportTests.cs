using System.Net;

namespace Qujing.Web.Tests.Integration;

public sealed class ReportTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task EditorsSeeTheImportReportWithLinksToTheItems()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var page = await AdminSite.GetDocumentAsync(editor, "/admin/report");

        var rows = page.QuerySelectorAll(".report tbody tr").ToList();
        Assert.Equal(_site.Factory.Query(db => db.ImportReportItems.Count()), rows.Count);
        var join = Assert.Single(rows, r => r.TextContent.Contains("词语“构建”被分段截断", StringComparison.Ordinal));
        Assert.Equal("/sections/section-3#p2", join.QuerySelector("a[href^='/sections/']")!.GetAttribute("href"));
        var mismatch = Assert.Single(rows, r => r.TextContent.Contains("标题与内容不符", StringComparison.Ordinal));
        Assert.Equal("/sections/section-5", mismatch.QuerySelector("a[href^='/sections/']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnEntryCanBeMarkedHandledAndBack()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var id = _site.Factory.Query(db => db.ImportReportItems.OrderBy(i => i.Position).First().Id);

        var response = await AdminSite.PostFormAsync(editor, $"/admin/report/{id}/handled", new() { ["handled"] = "true" }, "/admin/report");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(_site.Factory.Query(db => db.ImportReportItems.Single(i => i.Id == id).Handled));
        await AdminSite.PostFormAsync(editor, $"/admin/report/{id}/handled", new() { ["handled"] = "false" }, "/admin/report");
        Assert.False(_site.Factory.Query(db => db.ImportReportItems.Single(i => i.Id == id).Handled));
        Assert.Contains(_site.Factory.Query(db => db.AuditEntries.ToList()), a => a.Action == "标记报告已处理" && a.ItemId == id);
    }
}
