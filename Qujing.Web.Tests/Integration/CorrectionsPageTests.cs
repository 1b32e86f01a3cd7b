using System.Net;
using Qujing.Web.Features.Corrections;
using Qujing.Web.Import;

namespace Qujing.Web.Tests.Integration;

/// <summary>The public corrections page (更正说明), the note on each corrected page, and the report: all agree with the corrections file.</summary>
public class CorrectionsPageTests(SiteFixture site)
{
    private static readonly CorrectionFile TheFile = CorrectionParser.Parse(System.IO.File.ReadAllText(Path.Combine(RepoPaths.Content, "corrections.txt")));

    [Fact]
    public async Task TheCorrectionsFileThePageAndEachRevisionsNoteAgree()
    {
        var (response, page) = await site.GetAsync("/corrections");
        var revisions = site.Factory.Query(db => db.Revisions.Where(r => r.Author == "编辑部").ToList());
        var rows = site.Factory.Query(db => db.AppliedCorrections.OrderBy(c => c.Number).ToList());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = page.QuerySelectorAll(".correction-list > li").ToList();
        Assert.Equal(TheFile.Entries.Count, entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var correction = TheFile.Entries[i];
            Assert.Equal($"c{i + 1}", entries[i].Id);
            Assert.Equal(correction.Title, entries[i].QuerySelector("h2")!.TextContent);
            Assert.Contains(correction.Reason, entries[i].QuerySelectorAll("dd").Select(d => d.TextContent));
            Assert.Contains(correction.Before.Count == 0 ? "（空）" : correction.Before[0], entries[i].QuerySelector("dd.before")!.TextContent);
        }

        // One revision by 编辑部 for each item each correction changed, with its reason as the note, and no other.
        var expected = rows.SelectMany(r => r.Targets.Select(t => $"{t}|{TheFile.Entries[r.Number - 1].Reason}")).Order().ToList();
        Assert.Equal(expected, revisions.Select(r => $"{r.ItemType}:{r.ItemId}|{r.Note}").Order().ToList());

        // Each after the import's own revision 1, and the newest of them is what readers see.
        var firsts = site.Factory.Query(db => db.Revisions.Where(r => r.Number == 1 && r.Author == "导入").Select(r => r.ItemType + ":" + r.ItemId).ToList());
        Assert.All(revisions, r => Assert.Contains($"{r.ItemType}:{r.ItemId}", firsts));
        var sections = site.Factory.Query(db => db.Sections.ToDictionary(s => s.Id, s => s.PublishedRevision));
        Assert.All(revisions.Where(r => r.ItemType == "section").GroupBy(r => r.ItemId), g => Assert.Equal(g.Max(r => r.Number), sections[g.Key]));
    }

    [Fact]
    public async Task EachCorrectionLinksToThePassageItChanged()
    {
        var (_, page) = await site.GetAsync("/corrections");

        var xi = page.GetElementById("c1")!;
        Assert.Equal("/sections/section-2#p1", xi.QuerySelector("dd a")!.GetAttribute("href"));
        Assert.Contains(xi.QuerySelectorAll(".also a"), a => a.GetAttribute("href")!.StartsWith("/timeline#m", StringComparison.Ordinal));
        foreach (var link in page.QuerySelectorAll(".correction-list a[href^='/sections/']").Select(a => a.GetAttribute("href")!).Where(h => h.Contains('#', StringComparison.Ordinal)))
        {
            var (_, section) = await site.GetAsync(link[..link.IndexOf('#', StringComparison.Ordinal)]);
            Assert.NotNull(section.GetElementById(link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..]));
        }
    }

    [Fact]
    public async Task PlacesAlsoShowingAPassageAreListedWithEnumerationCommasAndNoStraySpace()
    {
        var (_, page) = await site.GetAsync("/corrections");

        // 明前 is also on 宣威市第五中学's page and in a quote: two places, one 、 between them, no space around it.
        var also = page.GetElementById("c11")!.QuerySelector(".also")!.TextContent.Trim();
        Assert.Equal(2, also.Split('、').Length);
        Assert.DoesNotMatch(@"\s、|、\s", also);
    }

    [Theory]
    [InlineData("/sections/section-1", "section", "亮点展示")]
    [InlineData("/sections/section-5", "section", "沾益区：全链条推动教育发展组织化")]
    [InlineData("/schools/school-1", "school", "曲靖市第一中学")]
    public async Task ACorrectedPageSaysHowManyCorrectionsItHasAndWhere(string url, string type, string name)
    {
        var id = site.Factory.Query(db => type == "section" ? db.Sections.Single(s => s.Heading == name).Id : db.Schools.Single(s => s.Name == name).Id);
        var expected = site.Factory.Query(db => db.AppliedCorrections.ToList()).Count(c => c.Targets.Contains($"{type}:{id}"));

        var (_, page) = await site.GetAsync(url);

        var note = page.QuerySelector(".correction-note")!;
        Assert.True(expected > 0);
        Assert.Equal($"本页有 {expected} 处编辑更正，见更正说明。", note.TextContent);
        Assert.StartsWith("/corrections#c", note.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task APageWithoutCorrectionsHasNoNoteButEveryPageLinksToTheCorrections()
    {
        var (_, page) = await site.GetAsync("/schools/school-3");

        Assert.Null(page.QuerySelector(".correction-note"));
        Assert.NotNull(page.QuerySelector(".site-footer a[href='/corrections']"));
    }

    [Fact]
    public void TheReportMarksEveryDoubtTheCorrectionsSettleAsHandledByThem()
    {
        var report = site.Factory.Query(db => db.ImportReportItems.ToList());
        Assert.DoesNotContain(report, i => i.Kind == ReportKind.CorrectionProblem);

        // Groups 1–3 of issue 13 and the city paragraphs: every such doubt is settled, by a named correction.
        ReportKind[] settled = [ReportKind.TruncatedParagraph, ReportKind.UnbalancedQuotes, ReportKind.SharedPassage, ReportKind.NearDuplicateParagraph,
            ReportKind.HeadingMismatch, ReportKind.OffTopicParagraph, ReportKind.PossibleTypo, ReportKind.MissingLead];
        var doubts = report.Where(i => settled.Contains(i.Kind)).ToList();
        Assert.NotEmpty(doubts);
        Assert.All(doubts, i => Assert.True(i.Handled && i.HandledBy is { } by && TheFile.Entries.Any(e => by.EndsWith("：" + e.Title, StringComparison.Ordinal)), $"{i.Location} {i.Message}"));
        Assert.All(report.Where(i => !settled.Contains(i.Kind)), i => Assert.Null(i.HandledBy));
    }

    [Fact]
    public async Task TheReportLinksEachEntryToItsParagraphWhereTheCorrectionsPutIt()
    {
        var entries = site.Factory.Query(db => db.ImportReportItems.Where(i => i.Section != null && i.Paragraph != null)
            .Select(i => new { i.Location, Text = i.After ?? i.Before, i.Handled, i.Section!.Slug, i.Paragraph }).ToList());

        Assert.Equal(5, entries.Single(e => e.Location == "原文第 6 段").Paragraph);
        Assert.Equal(1, entries.Single(e => e.Location == "原文第 7 段").Paragraph);

        // What the corrections left alone still points at its own words (a corrected passage's words have changed).
        foreach (var entry in entries.Where(e => !e.Handled && e.Text is { Length: > 6 } && !e.Location.Contains('、', StringComparison.Ordinal)))
        {
            var (_, section) = await site.GetAsync($"/sections/{entry.Slug}");
            Assert.Contains(entry.Text![..6], section.GetElementById($"p{entry.Paragraph}")!.TextContent);
        }
    }
}
