using Qujing.Web.Import;

namespace Qujing.Web.Tests.Unit;

/// <summary>The whole importer on the real source text, with the real word list and character table.</summary>
public class RealSourceImportTests
{
    private static readonly Lazy<ImportResult> Result = new(() =>
        new ArticleImporter(ChineseResourcesLoader.Load()).Import(File.ReadAllText(RepoPaths.SourceArticle)));

    private static ImportResult Imported => Result.Value;

    private static string AllText => string.Join("\n", Imported.Passages.Select(p => p.Text));

    [Fact]
    public void RealSourceGivesTitleBylineAndFiveSections()
    {
        Assert.Equal("答好改革之卷 育好时代新人", Imported.Title);
        Assert.Equal("博达", Imported.Byline);
        Assert.Equal(["亮点展示", "高位统筹推进", "破解改革难题", "擦亮教育品牌", "沾益区：全链条推动教育发展组织化"],
            Imported.Sections.Select(s => s.Heading.Text));
        Assert.Equal(["section-1", "section-2", "section-3", "section-4", "section-5"], Imported.Sections.Select(s => s.Slug));
        Assert.Equal("曲靖一中—— 高质量党建引领教育教学高质量发展", Assert.Single(Imported.Sections[0].Blocks, b => b.Kind == BlockKind.SubHeading).Text);
    }

    [Fact]
    public void RealSourceHasNoParagraphTwice()
    {
        var paragraphs = Imported.Passages.Select(p => p.Text).ToList();

        Assert.Equal(23, paragraphs.Count);
        Assert.Equal(paragraphs.Count, paragraphs.Distinct().Count());
        Assert.Single(paragraphs, p => p.Contains("中共中央办公厅印发", StringComparison.Ordinal));
        Assert.Single(paragraphs, p => p.StartsWith("会泽县教育局党委书记", StringComparison.Ordinal));
        Assert.Equal(8, Imported.Report.Count(r => r.Kind == ReportKind.RepeatedParagraph));
    }

    [Theory]
    [InlineData("坚持协调运行机制")]
    [InlineData("构建“1+9+N”制度体系")]
    [InlineData("加快全省教育中心建设的实施意见")]
    [InlineData("宣威市第六中学落实立德树人根本任务")]
    [InlineData("充分发挥党组织")]
    public void RealSourceReadsSplitWordsJoinedAndTraditionalNormalised(string expected) =>
        Assert.Contains(expected, AllText);

    [Fact]
    public void RealSourceKeepsTheLoopedClauseOnceAndFlagsTheCut()
    {
        var paragraph = Assert.Single(Imported.Passages, p => p.Text.StartsWith("“曲靖从厘清职责", StringComparison.Ordinal)).Text;

        Assert.Equal(1, CountOf(paragraph, "把试点工作与加快云南教育中心建设同研究"));
        Assert.EndsWith("第一时间安排部署，", paragraph);
        Assert.Contains(Imported.Report, r => r.Kind == ReportKind.TruncatedParagraph && r.Location == "原文第 23、24 段");
    }

    [Fact]
    public void RealSourceReportListsEveryJoinAndFlag()
    {
        var counts = Imported.Report.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(4, counts[ReportKind.JoinedSplitWord]);
        Assert.Equal(1, counts[ReportKind.TraditionalCharacter]);
        Assert.Equal(2, counts[ReportKind.RepeatedSentence]);
        Assert.Equal(2, counts[ReportKind.TruncatedParagraph]);
        Assert.Equal(3, counts[ReportKind.UnbalancedQuotes]);
        Assert.Equal(1, counts[ReportKind.SharedPassage]);
        Assert.Equal(1, counts[ReportKind.NearDuplicateParagraph]);
        Assert.Equal(1, counts[ReportKind.HeadingMismatch]);
        Assert.Equal(3, counts[ReportKind.OffTopicParagraph]);
        Assert.Equal(1, counts[ReportKind.InconsistentPlaceName]);
        Assert.Equal(1, counts[ReportKind.SameSchoolNameInCounties]);
        Assert.Equal(1, counts[ReportKind.PossibleTypo]);
        Assert.Equal(1, counts[ReportKind.MissingLead]);
        Assert.Contains(Imported.Report, r => r.Kind == ReportKind.TruncatedParagraph && r.Before!.EndsWith("全过程；完", StringComparison.Ordinal));
        Assert.Contains(Imported.Report, r => r.Kind == ReportKind.SharedPassage && r.Location == "原文第 13 段");
        Assert.Contains(Imported.Report, r => r.Kind == ReportKind.HeadingMismatch && r.Before == "沾益区：全链条推动教育发展组织化");
    }

    [Fact]
    public void RealSourceNamesEverySchoolUnderItsCounty()
    {
        var schools = Imported.Schools.ToDictionary(s => s.Name, s => s.County);

        Assert.Equal(8, schools.Count);
        Assert.Equal("曲靖市", schools["曲靖市第一中学"]);
        Assert.Equal("宣威市", schools["宣威市第五中学"]);
        Assert.Equal("宣威市", schools["宣威市明德小学"]);
        Assert.Equal("宣威市", schools["宣威市第六中学"]);
        Assert.Equal("宣威市", schools["宣威县第一中学"]);
        Assert.Equal("富源县", schools["富源县第六中学"]);
        Assert.Equal("会泽县", schools["会泽县振兴小学"]);
        Assert.Equal("罗平县", schools["罗平县振兴小学"]);
        Assert.Equal(["曲一中", "曲靖一中"], Imported.Schools.Single(s => s.Name == "曲靖市第一中学").Aliases.Order());
        Assert.Equal(["会泽县", "宣威市", "富源县", "曲靖市", "沾益区", "罗平县"], Imported.Places.Select(p => p.Name).Order());
        Assert.True(Imported.Places.Single(p => p.Name == "曲靖市").IsHomeCity);
    }

    [Fact]
    public void RealSourceGivesEachDatedMilestoneOnceInOrder()
    {
        Assert.Equal(
            ["2018年9月10日", "2021年11月24日", "2022年1月16日", "2022年5月", "2022年以来", "2022年", "2022年"],
            Imported.Milestones.Select(m => m.DateText));
        var issued = Assert.Single(Imported.Milestones, m => m.Date == new DateOnly(2022, 1, 16));
        Assert.Equal((DatePrecision.Day, MilestoneLevel.National), (issued.Precision, issued.Level));
        var pilot = Assert.Single(Imported.Milestones, m => m.DateText == "2022年5月");
        Assert.Equal((MilestoneLevel.School, "曲靖市第一中学"), (pilot.Level, pilot.School));
        Assert.Equal(MilestoneLevel.City, Imported.Milestones.Single(m => m.DateText == "2022年以来").Level);
    }

    [Fact]
    public void RealSourceGivesKeyFiguresWithTheirSentences()
    {
        Assert.Equal(
            ["常住人口 575.6万人", "各级各类学校 3846所", "师生 144万余人", "在校学生 135万人", "教职工 9万余人", "示范文本 9个", "改革配套文件 12个", "劳动教育实践基地 8亩"],
            Imported.Figures.Select(f => $"{f.Label} {f.ValueText}{f.Unit}"));
        Assert.All(Imported.Figures, f => Assert.Contains(f.ValueText + f.Unit, f.SourceSentence));
    }

    [Fact]
    public void RealSourceGivesQuotesWithSpeakerAndRole()
    {
        Assert.Equal(
            ["张华｜曲靖市第一中学校长", "张前伟｜宣威市第五中学党委书记", "李晓丽｜宣威县第一中学党委书记", "邓余勇｜会泽县教育局党委书记、局长"],
            Imported.Quotes.Select(q => $"{q.Speaker}｜{q.Role}"));
        Assert.StartsWith("学校党委牢牢把握", Imported.Quotes[0].Words);
        Assert.Equal("明显感觉不一样了。", Imported.Quotes[2].Words);
    }

    [Fact]
    public void RealSourceInventsNothing()
    {
        // Every cleaned paragraph, with the report's changes undone in spirit, is made of source text:
        // each clause of the output occurs in the source once punctuation is widened and characters simplified.
        var source = File.ReadAllText(RepoPaths.SourceArticle).Replace(",", "，", StringComparison.Ordinal).Replace(";", "；", StringComparison.Ordinal)
            .Replace(":", "：", StringComparison.Ordinal).Replace("發揮", "发挥", StringComparison.Ordinal);
        var sourceJoined = string.Concat(source.Where(c => !char.IsWhiteSpace(c)));
        foreach (var clause in Imported.Passages.SelectMany(p => ChineseText.Clauses(p.Text)))
        {
            Assert.Contains(clause, sourceJoined);
        }
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
