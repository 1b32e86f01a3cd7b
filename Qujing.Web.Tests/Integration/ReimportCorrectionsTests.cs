using System.Net;
using AngleSharp.Dom;

namespace Qujing.Web.Tests.Integration;

/// <summary>Re-import applies the corrections again: the same text with the same corrections changes nothing, and a correction that no longer fits is reported, not guessed.</summary>
public sealed class ReimportCorrectionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qujing-corrections-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AdminSite WithCorrections(string file) => new(("Content:Corrections", file), ("RateLimits:AdminPost:PermitLimit", "100000"));

    private static async Task<(string Url, IDocument Review)> StageAsync(HttpClient admin, string text)
    {
        var staged = await AdminSite.PostFormAsync(admin, "/admin/import", new() { ["text"] = text });
        var url = staged.Headers.Location!.OriginalString;
        return (url, await AdminSite.GetDocumentAsync(admin, url));
    }

    private static async Task ConfirmAsync(HttpClient admin, string url, IDocument review)
    {
        var fingerprint = review.QuerySelector("input[name=fingerprint]")!.GetAttribute("value")!;
        var confirmed = await AdminSite.PostFormAsync(admin, url + "/confirm", new() { ["fingerprint"] = fingerprint, ["publishNow"] = "true" }, url);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    [Fact]
    public async Task ReimportingTheSameTextWithTheSameCorrectionsChangesNothing()
    {
        using var site = WithCorrections("corrections.txt");
        var admin = await site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var revisions = site.Factory.Query(db => db.Revisions.Count());

        var (url, review) = await StageAsync(admin, await File.ReadAllTextAsync(RepoPaths.SourceArticle, Ct));

        Assert.Empty(review.QuerySelectorAll(".reimport-item"));
        await ConfirmAsync(admin, url, review);
        Assert.Equal(revisions, site.Factory.Query(db => db.Revisions.Count()));
        Assert.DoesNotContain("润泽", await site.Anonymous().GetStringAsync(new Uri("/sections/section-2", UriKind.Relative), Ct));
        Assert.Equal(19, site.Factory.Query(db => db.AppliedCorrections.Count()));
        var run = site.Factory.Query(db => db.ImportRuns.Max(r => r.Id));
        Assert.Contains(site.Factory.Query(db => db.ImportReportItems.Where(i => i.ImportRunId == run).ToList()),
            i => i.Handled && i.HandledBy == "更正 1：删去误接在习近平总书记讲话后的曲靖一中语句");
    }

    [Fact]
    public async Task ANewCorrectionReachesReadersThroughReimportAndTheCorrectionsPage()
    {
        var file = Path.Combine(_folder, "corrections.txt");
        await File.WriteAllTextAsync(file, "", Ct);
        using var site = WithCorrections(file);
        var admin = await site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        Assert.Contains("明前是一头牛拉车", await site.Anonymous().GetStringAsync(new Uri("/sections/section-4", UriKind.Relative), Ct));
        Assert.Contains("目前没有更正", await site.Anonymous().GetStringAsync(new Uri("/corrections", UriKind.Relative), Ct)); // now in the page cache
        await File.WriteAllTextAsync(file, "【更正】改正错字\n位置：栏目“擦亮教育品牌”\n原文：明前是一头牛拉车\n改为：以前是一头牛拉车\n理由：错字。\n", Ct);

        var (url, review) = await StageAsync(admin, await File.ReadAllTextAsync(RepoPaths.SourceArticle, Ct));

        var changed = review.QuerySelectorAll(".reimport-item").Select(i => i.QuerySelector("h2")!.TextContent).ToList();
        Assert.Equal(3, changed.Count); // the section, the school showing the passage, and the quote
        Assert.Contains("1 条将应用", review.QuerySelector(".reimport-corrections")!.TextContent);
        await ConfirmAsync(admin, url, review);
        Assert.Contains("以前是一头牛拉车", await site.Anonymous().GetStringAsync(new Uri("/sections/section-4", UriKind.Relative), Ct));
        var corrections = await AdminSite.GetDocumentAsync(site.Anonymous(), "/corrections");
        Assert.Equal("改正错字", corrections.QuerySelector("#c1 h2")!.TextContent);
    }

    [Fact]
    public async Task ACorrectionWhoseTextIsGoneIsReportedInTheReviewAndTheReportNotGuessed()
    {
        using var site = WithCorrections("corrections.txt");
        var admin = await site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var text = (await File.ReadAllTextAsync(RepoPaths.SourceArticle, Ct)).Replace("明前是一头牛拉车", "早前是一头牛拉车", StringComparison.Ordinal);

        var (url, review) = await StageAsync(admin, text);

        Assert.Contains("1 条未生效", review.QuerySelector(".reimport-corrections")!.TextContent);
        var row = Assert.Single(review.QuerySelectorAll(".report tbody tr"), r => r.TextContent.Contains("编辑更正未生效", StringComparison.Ordinal));
        Assert.Contains("原文“明前是一头牛拉车”在栏目“擦亮教育品牌”中找不到", row.TextContent);
        await ConfirmAsync(admin, url, review);
        Assert.Contains("早前是一头牛拉车", await site.Anonymous().GetStringAsync(new Uri("/sections/section-4", UriKind.Relative), Ct));
        Assert.Equal(18, site.Factory.Query(db => db.AppliedCorrections.Count()));
        var report = await AdminSite.GetDocumentAsync(admin, "/admin/report");
        Assert.Contains(report.QuerySelectorAll(".report tbody tr"), r => r.TextContent.Contains("原文“明前是一头牛拉车”在栏目“擦亮教育品牌”中找不到", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReimportWithoutTheCorrectionsFileShowsTheRawTextAgainWithItsReport()
    {
#if POSTGRES_TESTS
        var database = PostgresServer.CreateDatabase(); // empty: the first site migrates and imports
        using var dropped = PostgresServer.DropWhenDisposed(database);
#else
        var database = Path.Combine(_folder, "site.db");
#endif
        using (var first = new QujingFactory(database))
        {
            Assert.DoesNotContain("润泽", await first.CreateClient().GetStringAsync(new Uri("/sections/section-2", UriKind.Relative), Ct));
        }

        using var site = new SiteOver(database, ("Content:Corrections", "none.txt"), ("Admin:UserName", AdminSite.AdminName), ("Admin:Password", AdminSite.AdminPassword));
        var admin = site.CreateClient(new() { AllowAutoRedirect = false });
        await AdminSite.PostFormAsync(admin, "/admin/login", new() { ["UserName"] = AdminSite.AdminName, ["Password"] = AdminSite.AdminPassword });

        var (url, review) = await StageAsync(admin, await File.ReadAllTextAsync(RepoPaths.SourceArticle, Ct));
        Assert.NotEmpty(review.QuerySelectorAll(".reimport-item.update"));
        await ConfirmAsync(admin, url, review);

        var xi = await site.CreateClient().GetStringAsync(new Uri("/sections/section-2", UriKind.Relative), Ct);
        Assert.Contains("创建“润泽”党建品牌，强化党建对教师师风建设的指引", xi);
        Assert.Contains("(试行)", xi);
        Assert.Equal(0, site.Query(db => db.AppliedCorrections.Count()));
        var run = site.Query(db => db.ImportRuns.Max(r => r.Id));
        Assert.DoesNotContain(site.Query(db => db.ImportReportItems.Where(i => i.ImportRunId == run).ToList()), i => i.Handled);
        Assert.Empty((await AdminSite.GetDocumentAsync(site.CreateClient(), "/corrections")).QuerySelectorAll(".correction-list li"));
    }

    /// <summary>A site over a database an earlier site made, with settings of its own.</summary>
    private sealed class SiteOver(string database, params (string Key, string Value)[] settings) : QujingFactory(database)
    {
        protected override IEnumerable<(string Key, string Value)> ExtraSettings => settings;
    }
}
