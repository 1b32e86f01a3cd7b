using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data.Entities;
using Qujing.Web.Import;

namespace Qujing.Web.Tests.Integration;

/// <summary>The dashboard's numbers agree with the pages they summarise, and it lists what waits and what changed.</summary>
public sealed class DashboardTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task OpenReportItemsAreThoseOfTheReportEditorsSee()
    {
        // A later import run (a re-import) has a report of its own; the page shows that one, so must the dashboard.
        _site.Factory.Query(db =>
        {
            var run = new ImportRun { SourceName = "qujing-feature.txt", SourceHash = "later", ImportedAt = DateTimeOffset.UtcNow };
            db.ImportRuns.Add(run);
            db.SaveChanges();
            db.ImportReportItems.AddRange(
                new ImportReportItem { ImportRunId = run.Id, Position = 0, Kind = ReportKind.PossibleTypo, Location = "原文第 1 段", Message = "待核一" },
                new ImportReportItem { ImportRunId = run.Id, Position = 1, Kind = ReportKind.PossibleTypo, Location = "原文第 2 段", Message = "待核二" },
                new ImportReportItem { ImportRunId = run.Id, Position = 2, Kind = ReportKind.PossibleTypo, Location = "原文第 3 段", Message = "已处理", Handled = true });
            return db.SaveChanges();
        });
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var report = await AdminSite.GetDocumentAsync(admin, "/admin/report");
        var dashboard = await AdminSite.GetDocumentAsync(admin, "/admin");

        Assert.Contains("其中 2 条未处理", report.QuerySelector(".meta")!.TextContent);
        var line = Assert.Single(dashboard.QuerySelectorAll(".desk-kinds li"), li => li.TextContent.Contains("导入报告", StringComparison.Ordinal));
        Assert.Contains("待处理 2 条", line.TextContent);
        Assert.Equal("/admin/report", line.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task MyDraftsAndColleaguesDraftsAreListedApartWithLinks()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var form = Fields(await AdminSite.GetDocumentAsync(admin, "/admin/sections/2/edit"));
        form["Content.BodyMarkdown"] += "\n\n我的一段新草稿。";
        form["intent"] = "save";
        Assert.Equal(HttpStatusCode.Redirect, (await AdminSite.PostFormAsync(admin, "/admin/sections/2/edit", form)).StatusCode);
        // A colleague's draft of a school, saved as the editing machinery saves one: a revision after the published one.
        var school = _site.Factory.Query(db => db.Schools.OrderBy(s => s.Id).First());
        _site.Factory.Query(db =>
        {
            var latest = db.Revisions.Where(r => r.ItemType == "school" && r.ItemId == school.Id).Max(r => r.Number);
            var json = db.Revisions.Single(r => r.ItemType == "school" && r.ItemId == school.Id && r.Number == latest).ContentJson;
            db.Revisions.Add(new Revision { ItemType = "school", ItemId = school.Id, Number = latest + 1, ContentJson = json, Author = "王编辑", At = DateTimeOffset.UtcNow, Note = "编辑" });
            return db.SaveChanges();
        });

        var dashboard = await AdminSite.GetDocumentAsync(admin, "/admin");

        var mine = Assert.Single(dashboard.QuerySelectorAll("#desk-mine ~ .desk-list li"));
        Assert.Equal("/admin/sections/2/edit", mine.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(AdminSite.AdminName, mine.TextContent);
        Assert.Equal("/sections/section-2", mine.QuerySelector("a[target=_blank]")!.GetAttribute("href"));
        var latest = _site.Factory.Query(db => db.Revisions.Where(r => r.ItemType == "section" && r.ItemId == 2).Max(r => r.Number));
        Assert.Contains(mine.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/admin/sections/2/preview/{latest}" && a.TextContent == "预览并发布");
        var theirs = Assert.Single(dashboard.QuerySelectorAll("#desk-others ~ .desk-list li"));
        Assert.Equal($"/admin/schools/{school.Id}/edit", theirs.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("王编辑", theirs.TextContent);
        var recent = dashboard.QuerySelectorAll("#desk-recent ~ .desk-list li");
        Assert.Contains("王编辑", recent[0].TextContent);
        Assert.Contains(AdminSite.AdminName, recent[1].TextContent);
        Assert.Equal("/admin/sections/2/edit", recent[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.All(dashboard.QuerySelectorAll(".desk-list time"), t => Assert.EndsWith("+08:00", t.GetAttribute("datetime")));
    }

    [Fact]
    public async Task EveryKindThatCanBeAddedHasAQuickLinkThatOpensItsForm()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var dashboard = await AdminSite.GetDocumentAsync(admin, "/admin");

        var adds = dashboard.QuerySelectorAll(".desk-kinds a.add").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/admin/sections/new", "/admin/schools/new", "/admin/milestones/new", "/admin/figures/new", "/admin/quotes/new"], adds);
        foreach (var add in adds)
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri(add, UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        }
    }

    [Theory]
    [InlineData("/admin/sections/2/edit", "/sections/section-2")]
    [InlineData("/admin/schools/1/edit", "/schools/school-1")]
    [InlineData("/admin/milestones/1/edit", "/timeline#m1")]
    [InlineData("/admin/figures/1/edit", "/figures#f1")]
    [InlineData("/admin/feature/1/edit", "/")]
    public async Task EachEditPageLinksToWhereReadersSeeTheItem(string editPage, string publicUrl)
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var page = await AdminSite.GetDocumentAsync(admin, editPage);

        Assert.Equal(publicUrl, page.QuerySelector(".view-on-site a")?.GetAttribute("href"));
        var parts = publicUrl.Split('#');
        var reader = await AdminSite.GetDocumentAsync(_site.Factory.CreateClient(), parts[0]);
        Assert.NotNull(reader.QuerySelector(parts.Length > 1 ? $"[id='{parts[1]}']" : "main h1"));
    }

    [Fact]
    public async Task ATrashedItemHasNoLinkToTheSite()
    {
        _site.Factory.Query(db =>
        {
            db.Sections.IgnoreQueryFilters().Single(s => s.Id == 3).DeletedAt = DateTimeOffset.UtcNow;
            return db.SaveChanges();
        });
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var edit = await AdminSite.GetDocumentAsync(admin, "/admin/sections/3/edit");
        var list = await AdminSite.GetDocumentAsync(admin, "/admin/sections");

        Assert.Null(edit.QuerySelector(".view-on-site"));
        var row = Assert.Single(list.QuerySelectorAll("tbody tr"), tr => tr.QuerySelector("a[href='/admin/sections/3/edit']") is not null);
        Assert.Null(row.QuerySelector("a[target=_blank]"));
    }

    private static Dictionary<string, string> Fields(IDocument page) => AdminSite.FormFields(page);
}
