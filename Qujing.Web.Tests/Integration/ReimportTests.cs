using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Qujing.Web.Tests.Integration;

public sealed class ReimportTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReimportShowsTheReportAndChangesOnlyOnConfirmationAsNewRevisions()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var text = (await File.ReadAllTextAsync(RepoPaths.SourceArticle, Ct)).Replace("破解改革难题", "破解改革难题与展望", StringComparison.Ordinal);

        var staged = await AdminSite.PostFormAsync(admin, "/admin/import", new() { ["text"] = text });
        var url = staged.Headers.Location!.OriginalString;
        var review = await AdminSite.GetDocumentAsync(admin, url);

        Assert.Contains("破解改革难题与展望", review.QuerySelector(".reimport-item.update .incoming")!.TextContent);
        Assert.NotEmpty(review.QuerySelectorAll(".report tbody tr"));
        Assert.DoesNotContain("与展望", await _site.Anonymous().GetStringAsync(new Uri("/sections/section-3", UriKind.Relative), Ct));

        var fingerprint = review.QuerySelector("input[name=fingerprint]")!.GetAttribute("value")!;
        var confirmed = await AdminSite.PostFormAsync(admin, url + "/confirm", new() { ["fingerprint"] = fingerprint, ["publishNow"] = "true" }, url);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("破解改革难题与展望", await _site.Anonymous().GetStringAsync(new Uri("/sections/section-3", UriKind.Relative), Ct));
        var id = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-3").Id);
        Assert.Equal(2, _site.Factory.Query(db => db.Revisions.Count(r => r.ItemType == "section" && r.ItemId == id)));
        var unchanged = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-1").Id);
        Assert.Equal(1, _site.Factory.Query(db => db.Revisions.Count(r => r.ItemType == "section" && r.ItemId == unchanged)));
        Assert.Equal((7, 7), _site.Factory.Query(db => (db.Milestones.Count(), db.Milestones.IgnoreQueryFilters().Count())));
        Assert.Equal(8, _site.Factory.Query(db => db.Schools.Count()));
        Assert.Equal(2, _site.Factory.Query(db => db.ImportRuns.Count()));
        Assert.Equal(0, _site.Factory.Query(db => db.PendingImports.Count()));
        Assert.Contains(_site.Factory.Query(db => db.AuditEntries.ToList()), a => a.Action == "重新导入");
        var timeline = await _site.Anonymous().GetStringAsync(new Uri("/timeline", UriKind.Relative), Ct);
        Assert.Contains("/sections/section-2#p", timeline);
    }

    [Fact]
    public async Task UploadThatIsNotUtf8IsRefusedWithAChineseMessage()
    {
        var editor = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var page = await AdminSite.GetDocumentAsync(editor, "/admin/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new ByteArrayContent([0xB2, 0xE2, 0xCA, 0xD4, 0xFF]), "file", "gbk.txt" },
        };

        var response = await editor.PostAsync(new Uri("/admin/import", UriKind.Relative), form, Ct);
        var result = await AdminSite.ReadAsync(response);

        Assert.Contains("不是 UTF-8 编码", result.QuerySelector(".errors")!.TextContent);
        Assert.Equal(0, _site.Factory.Query(db => db.PendingImports.Count()));
    }

    [Fact]
    public async Task EmptyImportIsRefused()
    {
        var editor = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var response = await AdminSite.PostFormAsync(editor, "/admin/import", new() { ["text"] = "" });
        var result = await AdminSite.ReadAsync(response);

        Assert.Contains("没有收到文本", result.QuerySelector(".errors")!.TextContent);
    }

    [Fact]
    public async Task ImportWithASectionOverTheLengthLimitIsRefusedBeforeAnythingIsKept()
    {
        var editor = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var longParagraph = string.Concat(Enumerable.Range(1, 9000).Select(i => $"第{i}句。"));
        var text = await File.ReadAllTextAsync(RepoPaths.SourceArticle, Ct) + "\n\n" + longParagraph + "\n";

        var response = await AdminSite.PostFormAsync(editor, "/admin/import", new() { ["text"] = text });
        var result = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能超过 50000 个字符", result.QuerySelector(".errors")!.TextContent);
        Assert.Equal(0, _site.Factory.Query(db => db.PendingImports.Count()));
    }
}
