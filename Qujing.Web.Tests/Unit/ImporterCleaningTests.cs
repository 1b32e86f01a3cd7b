using Qujing.Web.Import;

namespace Qujing.Web.Tests.Unit;

public class ImporterCleaningTests
{
    [Fact]
    public void ImporterKeepsARepeatedParagraphOnce()
    {
        var result = TestImporter.ImportParagraphs("甲地推进改革。", "乙地开展试点。", "甲地推进改革。", "甲地推进改革。");

        Assert.Equal(["甲地推进改革。", "乙地开展试点。"], result.Paragraphs());
        Assert.Equal(2, result.Entries(ReportKind.RepeatedParagraph).Count());
    }

    [Fact]
    public void ImporterKeepsParagraphRepeatedAcrossHeadingsOnlyWhereItFirstAppears()
    {
        var result = TestImporter.Import("标题\n\n作者\n\n其一\n\n学校开展劳动教育。\n\n其二\n\n学校开展劳动教育。\n\n另有新意。\n");

        Assert.Equal(["学校开展劳动教育。"], result.Sections[0].Blocks.Select(b => b.Text));
        Assert.Equal(["另有新意。"], result.Sections[1].Blocks.Select(b => b.Text));
    }

    [Fact]
    public void ImporterKeepsASentenceRepeatedInsideAParagraphOnce()
    {
        var result = TestImporter.ImportParagraphs("全市推进改革试点工作，各校积极响应，全市推进改革试点工作，成效明显。");

        Assert.Equal(["全市推进改革试点工作，各校积极响应，成效明显。"], result.Paragraphs());
        Assert.Single(result.Entries(ReportKind.RepeatedSentence));
    }

    [Fact]
    public void ImporterDropsACutOffCopyOfAnEarlierClauseAtParagraphEnd()
    {
        var result = TestImporter.ImportParagraphs("全市上下高度重视，出台实施意见和配套文件，第一时间安排部署，出台实施意见和");

        Assert.Equal(["全市上下高度重视，出台实施意见和配套文件，第一时间安排部署，"], result.Paragraphs());
        Assert.Contains(result.Entries(ReportKind.TruncatedParagraph), e => e.IsFlag);
    }

    [Fact]
    public void ImporterJoinsAWordSplitAcrossABlankLine()
    {
        var result = TestImporter.ImportParagraphs("各校始终坚", "持改革方向，成效明显。");

        Assert.Equal(["各校始终坚持改革方向，成效明显。"], result.Paragraphs());
        var join = Assert.Single(result.Entries(ReportKind.JoinedSplitWord));
        Assert.Contains("坚持", join.Message);
        Assert.Empty(result.Entries(ReportKind.TruncatedParagraph));
    }

    [Fact]
    public void ImporterJoinsASplitLineThatLooksLikeAHeading()
    {
        var result = TestImporter.ImportParagraphs("某校落实立德树", "人根本任务，办学有成效。");

        Assert.Equal(["某校落实立德树人根本任务，办学有成效。"], result.Paragraphs());
    }

    [Fact]
    public void ImporterFlagsACutOffParagraphWhoseNextParagraphDoesNotContinueIt()
    {
        const string cut = "学校依法修订章程，明确规定党的领导贯穿教育全过程；完";
        var result = TestImporter.ImportParagraphs(cut, "山水之间，风景如画。");

        Assert.Equal([cut, "山水之间，风景如画。"], result.Paragraphs());
        Assert.Empty(result.Entries(ReportKind.JoinedSplitWord));
        var flag = Assert.Single(result.Entries(ReportKind.TruncatedParagraph));
        Assert.True(flag.IsFlag);
    }

    [Fact]
    public void ImporterNormalisesStrayTraditionalCharacters()
    {
        var result = TestImporter.ImportParagraphs("充分發揮党组织的作用，办好人民满意的教育，让每个孩子都能享有公平而有质量的教育。");

        Assert.StartsWith("充分发挥党组织", result.Paragraphs()[0]);
        var entry = Assert.Single(result.Entries(ReportKind.TraditionalCharacter));
        Assert.Contains("發揮", entry.Before);
        Assert.Contains("发挥", entry.After);
    }

    [Fact]
    public void ImporterLeavesTextThatIsTraditionalThroughout()
    {
        var result = TestImporter.ImportParagraphs("學學學學學學學學學學。");

        Assert.Equal("學學學學學學學學學學。", result.Paragraphs()[0]);
        Assert.Empty(result.Entries(ReportKind.TraditionalCharacter));
    }

    [Fact]
    public void ImporterWidensHalfWidthPunctuationAfterChinese()
    {
        var result = TestImporter.ImportParagraphs("2022年5月,学校启动试点;效果:良好。比分1,000不变。");

        Assert.Equal("2022年5月，学校启动试点；效果：良好。比分1,000不变。", result.Paragraphs()[0]);
    }
}
