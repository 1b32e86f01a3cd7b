using Qujing.Web.Import;

namespace Qujing.Web.Tests.Unit;

/// <summary>Milestones whose date the text gives only in part, and milestones whose summary does not say who acted.</summary>
public class MilestoneDatingTests
{
    private static readonly Lazy<ImportResult> Real = new(() =>
        new ArticleImporter(ChineseResourcesLoader.Load()).Import(File.ReadAllText(RepoPaths.SourceArticle)));

    [Fact]
    public void YearOnlyMilestonesSortAfterTheDatedOnesOfThatYear()
    {
        var result = TestImporter.ImportParagraphs(
            "2022年，曲靖市教育发展综合指数位居全省第一。", "2022年1月16日，中共中央办公厅印发文件。", "2021年11月24日，中央审议通过文件。");

        Assert.Equal(["2021年11月24日", "2022年1月16日", "2022年"], result.Milestones.Select(m => m.DateText));
    }

    [Fact]
    public void MonthOnlyMilestonesSortAfterTheDatedOnesOfThatMonth()
    {
        var result = TestImporter.ImportParagraphs("2022年5月，曲靖市启动试点。", "2022年5月20日，会泽县召开会议。", "2022年6月1日，罗平县召开会议。");

        Assert.Equal(["2022年5月20日", "2022年5月", "2022年6月1日"], result.Milestones.Select(m => m.DateText));
    }

    [Theory]
    [InlineData("2022年", DatePrecision.Year, "（月份未载）")]
    [InlineData("2022年以来", DatePrecision.Year, null)]
    [InlineData("2022年5月", DatePrecision.Month, "（日期未载）")]
    [InlineData("2022年1月16日", DatePrecision.Day, null)]
    public void DateSaysWhatTheTextLeavesOut(string dateText, DatePrecision precision, string? unstated) =>
        Assert.Equal(unstated, MilestoneDates.Unstated(dateText, precision));

    [Fact]
    public void MilestoneWithoutItsSubjectTakesTheSchoolItsParagraphIsAbout()
    {
        var result = TestImporter.ImportParagraphs("宣威市第六中学落实根本任务，2022年，学校进一步打造劳动教育基地。");

        var milestone = Assert.Single(result.Milestones);
        Assert.Equal("宣威市第六中学进一步打造劳动教育基地。", milestone.Summary);
        Assert.Equal((MilestoneLevel.School, "宣威市第六中学"), (milestone.Level, milestone.School));
        var entry = Assert.Single(result.Entries(ReportKind.MilestoneSubjectAdded));
        Assert.Equal(("学校进一步打造劳动教育基地。", "宣威市第六中学进一步打造劳动教育基地。"), (entry.Before, entry.After));
        Assert.Equal([4], entry.Sources!);
    }

    [Fact]
    public void MilestoneWithoutItsSubjectInAParagraphNamingNoSchoolIsLeftOffAndReported()
    {
        var result = TestImporter.ImportParagraphs("深入推进“五育”并举，2022年，学校进一步打造劳动教育基地。");

        Assert.Empty(result.Milestones);
        var entry = Assert.Single(result.Entries(ReportKind.MilestoneWithoutSubject));
        Assert.True(entry.IsFlag);
        Assert.Contains("2022年，学校进一步打造劳动教育基地", entry.Before);
        Assert.Equal([4], entry.Sources!);
    }

    [Fact]
    public void MilestoneWithoutItsSubjectInAParagraphAboutTwoSchoolsIsNotGivenEither()
    {
        var result = TestImporter.ImportParagraphs("会泽县振兴小学和罗平县第一中学互派教师，2022年，学校进一步打造劳动教育基地。");

        Assert.Empty(result.Milestones);
        Assert.Single(result.Entries(ReportKind.MilestoneWithoutSubject));
    }

    [Fact]
    public void RealSourceMilestonesRunInDateOrderWithTheLabourBaseCreditedToItsSchool()
    {
        Assert.Equal(
            ["2018年9月10日", "2021年11月24日", "2022年1月16日", "2022年5月", "2022年以来", "2022年", "2022年"],
            Real.Value.Milestones.Select(m => m.DateText));
        var labour = Assert.Single(Real.Value.Milestones, m => m.Summary.Contains("劳动教育基地", StringComparison.Ordinal));
        Assert.StartsWith("宣威市第六中学进一步打造劳动教育基地", labour.Summary);
        Assert.Equal("宣威市第六中学", labour.School);
    }
}
