using Qujing.Web.Data.Entities;
using Qujing.Web.Import;

namespace Qujing.Web.Tests.Integration;

/// <summary>The dashboard's numbers agree with the pages they summarise.</summary>
[Collection(WebCollection.Name)]
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
        var line = Assert.Single(dashboard.QuerySelectorAll(".dashboard li"), li => li.TextContent.Contains("导入报告", StringComparison.Ordinal));
        Assert.Contains("待处理 2 条", line.TextContent);
        Assert.Equal("/admin/report", line.QuerySelector("a")?.GetAttribute("href"));
    }
}
