using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Import;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Tests.Integration;

/// <summary>The corrections are a layer over the importer: without the file the raw text and its report come back; a malformed file never stops the site.</summary>
public sealed class CorrectionsImportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qujing-corrections-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportingWithoutTheCorrectionsFileShowsTheRawTextWithItsReport()
    {
        using var site = new QujingFactoryWith(("Content:Corrections", Path.Combine(_folder, "not-there.txt")));
        var client = site.CreateClient();

        var xi = await client.GetStringAsync(new Uri("/sections/section-2", UriKind.Relative), Ct);
        Assert.Contains("创建“润泽”党建品牌，强化党建对教师师风建设的指引", xi);
        Assert.Contains("(试行)", xi);
        Assert.Contains("会泽县", await client.GetStringAsync(new Uri("/sections/section-5", UriKind.Relative), Ct));
        Assert.DoesNotContain("correction-note", await client.GetStringAsync(new Uri("/sections/section-1", UriKind.Relative), Ct));
        Assert.Equal(0, site.Query(db => db.Revisions.Count(r => r.Author == "编辑部")));
        var report = site.Query(db => db.ImportReportItems.ToList());
        Assert.DoesNotContain(report, i => i.Handled || i.HandledBy is not null || i.Kind == ReportKind.CorrectionProblem);
        Assert.Contains(report, i => i.Kind == ReportKind.SharedPassage && i.Location == "原文第 13 段");
        Assert.Contains(report, i => i.Kind == ReportKind.MissingLead);
        Assert.Contains("目前没有更正", await client.GetStringAsync(new Uri("/corrections", UriKind.Relative), Ct));
    }

    [Fact]
    public async Task AMalformedCorrectionsFileIsReportedLineByLineAndTheSiteStillStarts()
    {
        var file = Path.Combine(_folder, "corrections.txt");
        await File.WriteAllTextAsync(file, """
            【更正】缺了理由
            位置：栏目“擦亮教育品牌”
            原文：明前是一头牛拉车
            改为：以前是一头牛拉车

            【更正】原文对不上
            位置：栏目“高位统筹推进”
            原文：这句话原文里没有
            改为：别的话
            理由：试一试。

            【更正】好的一条
            位置：栏目“擦亮教育品牌”
            原文：以劳强体，以劳育美
            改为：以劳强体、以劳育美
            理由：顿号。
            """, Ct);
        using var site = new QujingFactoryWith(("Content:Corrections", file));

        var response = await site.CreateClient().GetAsync(new Uri("/sections/section-4", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("以劳强体、以劳育美", page);
        Assert.Contains("明前是一头牛拉车", page);
        var problems = site.Query(db => db.ImportReportItems.Where(i => i.Kind == ReportKind.CorrectionProblem).OrderBy(i => i.Position).ToList());
        Assert.Equal(["更正文件第 1 行", "更正文件第 6 行"], problems.Select(p => p.Location));
        Assert.Contains("第 1 行的更正“缺了理由”缺少理由", problems[0].Message);
        Assert.Contains("原文“这句话原文里没有”在栏目“高位统筹推进”中找不到", problems[1].Message);
        Assert.Equal(1, site.Query(db => db.AppliedCorrections.Count()));
    }

    [Fact]
    public async Task AMalformedCorrectionsFileIsInTheLogAndTheSiteServes()
    {
        var file = Path.Combine(_folder, "corrections.txt");
        await File.WriteAllTextAsync(file, "【更正】缺了理由\n位置：栏目“擦亮教育品牌”\n原文：明前\n改为：以前\n", Ct);

        await using var site = await SiteProcess.StartAsync("running at",
            ("ConnectionStrings__Qujing", $"Data Source={Path.Combine(_folder, "site.db")};Default Timeout=5"), ("Content__Corrections", file));

        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync(new Uri("/sections/section-4", UriKind.Relative), Ct)).StatusCode);
        Assert.Contains("Correction not applied", site.Output);
        Assert.Contains("第 1 行的更正“缺了理由”缺少理由", site.Output);
        Assert.Contains("Applied 0 editorial corrections", site.Output);
    }

    [Fact]
    public async Task ACorrectionsFileThatIsNotUtf8IsOneReportEntryAndNothingElse()
    {
        var file = Path.Combine(_folder, "corrections.txt");
        await File.WriteAllBytesAsync(file, [0xB8, 0xFC, 0xD5, 0xFD, 0xFF], Ct);
        using var site = new QujingFactoryWith(("Content:Corrections", file));

        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync(new Uri("/", UriKind.Relative), Ct)).StatusCode);
        var problem = Assert.Single(site.Query(db => db.ImportReportItems.Where(i => i.Kind == ReportKind.CorrectionProblem).ToList()));
        Assert.Contains("不是 UTF-8", problem.Message);
        Assert.Equal(0, site.Query(db => db.AppliedCorrections.Count()));
    }

    [Fact]
    public async Task TheCorrectionsPageIsCachedAndEvictedWithTheContent()
    {
        using var site = new QujingFactory();
        var client = site.CreateClient();
        var first = await client.GetStringAsync(new Uri("/corrections", UriKind.Relative), Ct);
        site.Query(db => db.Database.ExecuteSqlRaw("UPDATE \"AppliedCorrections\" SET \"Title\" = '改过的标题' WHERE \"Number\" = 1"));

        Assert.Equal(first, await client.GetStringAsync(new Uri("/corrections", UriKind.Relative), Ct));
        using (var scope = site.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<PageCache>().EvictAsync([CacheTags.Content], Ct);
        }

        Assert.Contains("改过的标题", await client.GetStringAsync(new Uri("/corrections", UriKind.Relative), Ct));
    }
}
