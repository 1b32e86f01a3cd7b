using Qujing.Web.Import;

namespace Qujing.Web.Tests.Unit;

public class ImporterFlagTests
{
    [Fact]
    public void ImporterFlagsUnbalancedQuotesWithoutChangingTheText()
    {
        const string garbled = "长教育=幸福乐园”的整体办学思路。";
        var result = TestImporter.ImportParagraphs(garbled);

        Assert.Equal(garbled, result.Paragraphs()[0]);
        Assert.Single(result.Entries(ReportKind.UnbalancedQuotes));
    }

    [Fact]
    public void ImporterFlagsAParagraphThatRepeatsALongRunOfAnother()
    {
        var result = TestImporter.ImportParagraphs(
            "甲校坚持党委对学校工作的全面领导，全面贯彻党的教育方针，围绕立德树人根本任务。",
            "某年某月，上级强调，全面贯彻党的教育方针，围绕立德树人根本任务。");

        var flag = Assert.Single(result.Entries(ReportKind.SharedPassage));
        Assert.Contains("全面贯彻党的教育方针", flag.Before);
        Assert.Equal(2, result.Paragraphs().Count);
    }

    [Fact]
    public void ImporterDoesNotFlagTwoParagraphsCitingTheSameDocument()
    {
        var result = TestImporter.ImportParagraphs(
            "某日，会议审议通过《关于建立中小学校党组织领导的校长负责制的意见》。",
            "次年，有关部门印发《关于建立中小学校党组织领导的校长负责制的意见》。");

        Assert.Empty(result.Entries(ReportKind.SharedPassage));
    }

    [Fact]
    public void ImporterFlagsAParagraphThatContainsAnotherWhole()
    {
        var result = TestImporter.ImportParagraphs("会泽县坚持把教育作为振兴的钥匙。", "近年来，会泽县坚持把教育作为振兴的钥匙。");

        Assert.Single(result.Entries(ReportKind.NearDuplicateParagraph));
        Assert.Equal(2, result.Paragraphs().Count);
    }

    [Fact]
    public void ImporterFlagsAHeadingThatNamesAPlaceItsParagraphsNeverMention()
    {
        var result = TestImporter.Import("标题\n\n作者\n\n其一\n\n会泽县办好教育。\n\n沾益区：全链条推动\n\n会泽县坚持改革。\n");

        var flag = Assert.Single(result.Entries(ReportKind.HeadingMismatch));
        Assert.Contains("沾益区", flag.Message);
    }

    [Fact]
    public void ImporterFlagsAWordOneCharacterOffAHeading()
    {
        var result = TestImporter.Import("标题\n\n作者\n\n全链条推动发展\n\n某县金链条推动发展，成效明显。\n");

        var flag = Assert.Single(result.Entries(ReportKind.PossibleTypo));
        Assert.Equal("金链条推动发展", flag.Before);
    }

    [Fact]
    public void ImporterFlagsAPlaceWrittenWithTwoSuffixes()
    {
        var result = TestImporter.ImportParagraphs("宣威市第五中学开展活动。", "宣威市明德小学开展活动。", "宣威县第一中学开展活动。");

        var flag = Assert.Single(result.Entries(ReportKind.InconsistentPlaceName));
        Assert.Contains("宣威县", flag.Before);
        Assert.All(result.Schools, s => Assert.Equal("宣威市", s.County));
    }

    [Fact]
    public void ImporterReportsAMissingLeadInsteadOfInventingOne()
    {
        var result = TestImporter.ImportParagraphs("正文第一段。");

        Assert.Empty(result.Lead);
        Assert.Single(result.Entries(ReportKind.MissingLead));
    }

    [Fact]
    public void ImporterTakesParagraphsBeforeTheFirstHeadingAsTheLead()
    {
        var result = TestImporter.Import("标题\n\n作者\n\n这是一段导语，介绍全文。\n\n第一部分\n\n正文。\n");

        Assert.Equal(["这是一段导语，介绍全文。"], result.Lead);
        Assert.Equal("作者", result.Byline);
        Assert.Equal("第一部分", result.Sections[0].Heading.Text);
    }
}
