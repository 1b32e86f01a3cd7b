using Qujing.Web.Import;

namespace Qujing.Web.Tests.Unit;

public class ImporterExtractionTests
{
    [Fact]
    public void ImporterMatchesShortSchoolNamesToTheFullName()
    {
        var result = TestImporter.ImportParagraphs("曲靖市第一中学建立制度。", "曲靖市深入推进改革。", "曲靖一中坚持改革，曲一中设置机构。");

        var school = Assert.Single(result.Schools);
        Assert.Equal("曲靖市第一中学", school.Name);
        Assert.Equal(["曲一中", "曲靖一中"], school.Aliases.Order());
        Assert.Equal("曲靖市", school.County);
    }

    [Fact]
    public void ImporterFlagsANamedSchoolInTwoCounties()
    {
        var result = TestImporter.ImportParagraphs("会泽县振兴小学办学。", "罗平县振兴小学办学。");

        Assert.Equal(2, result.Schools.Count);
        Assert.Single(result.Entries(ReportKind.SameSchoolNameInCounties));
    }

    [Theory]
    [InlineData("2022年1月16日，中共中央办公厅印发文件。", "2022-01-16", DatePrecision.Day, MilestoneLevel.National)]
    [InlineData("2022年5月，富源县第一中学启动试点。", "2022-05-01", DatePrecision.Month, MilestoneLevel.School)]
    [InlineData("2022年以来，会泽县深入推进试点。", "2022-01-01", DatePrecision.Year, MilestoneLevel.City)]
    public void ImporterReadsMilestoneDatePrecisionAndLevel(string paragraph, string date, DatePrecision precision, MilestoneLevel level)
    {
        var result = TestImporter.ImportParagraphs(paragraph);

        var milestone = Assert.Single(result.Milestones);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), milestone.Date);
        Assert.Equal(precision, milestone.Precision);
        Assert.Equal(level, milestone.Level);
        Assert.Equal(paragraph, milestone.SourceSentence);
    }

    [Fact]
    public void ImporterReadsFiguresWithUnitAndWhatTheyCount()
    {
        var result = TestImporter.ImportParagraphs("全市常住人口575.6万人，有各级各类学校3846所，制定出台9个示范文本。");

        Assert.Collection(result.Figures,
            f => Assert.Equal((575.6m, "万人", "全市常住人口"), (f.Value, f.Unit, f.Label)),
            f => Assert.Equal((3846m, "所", "各级各类学校"), (f.Value, f.Unit, f.Label)),
            f => Assert.Equal((9m, "个", "示范文本"), (f.Value, f.Unit, f.Label)));
    }

    [Fact]
    public void FullWidthDigitsAreReadAsDigitsAndWrittenAsAscii()
    {
        var result = TestImporter.ImportParagraphs("全市有各级各类学校３８４６所。", "２０２２年５月，富源县第一中学启动试点。", "全市共有学校٣٨所。");

        Assert.Contains(result.Figures, f => (f.Value, f.Unit) == (3846m, "所"));
        Assert.Equal(new DateOnly(2022, 5, 1), Assert.Single(result.Milestones).Date);
        Assert.Equal("全市有各级各类学校3846所。", result.Paragraphs()[0]);
        Assert.Contains(result.Report, r => r.Kind == ReportKind.DigitsNormalised);
        // Other scripts' digits are not ASCII digits and are not taken for numbers.
        Assert.DoesNotContain(result.Figures, f => f.Value == 38m);
    }

    [Fact]
    public void ImporterDoesNotTakeYearsForFigures()
    {
        var result = TestImporter.ImportParagraphs("2022年，全市发展良好。");

        Assert.Empty(result.Figures);
    }

    [Fact]
    public void ImporterReadsDirectAndReportedQuotes()
    {
        var result = TestImporter.ImportParagraphs(
            "“变化很大。”富源县第一中学党委书记李某某说，学校有了新气象。",
            "会泽县教育局党委书记、局长王某介绍，集团内学校实行交流。");

        Assert.Collection(result.Quotes,
            q => Assert.Equal(("李某某", "富源县第一中学党委书记", "变化很大。", true, "富源县第一中学"), (q.Speaker, q.Role, q.Words, q.IsDirect, q.School)),
            q => Assert.Equal(("王某", "会泽县教育局党委书记、局长", "集团内学校实行交流。", false, (string?)null), (q.Speaker, q.Role, q.Words, q.IsDirect, q.School)));
    }
}
