using Qujing.Web.Data.Entities;
using Qujing.Web.Data.Seeding;
using Qujing.Web.Features.Corrections;
using Qujing.Web.Features.Editing.Reimport;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Features.Timeline;
using Qujing.Web.Text;

namespace Qujing.Web.Tests.Unit;

public class CorrectionApplierTests
{
    private const string Article = """
        标题文字

        作者

        第一部分

        全市有各级各类学校3846所。

        2022年5月，曲靖市第一中学启动试点，制订方案(试行)。

        曲靖一中坚持党建引领。

        第二部分

        会泽县坚持改革，会泽县推进改革。

        """;

    private static (MappedContent Mapped, IncomingContent Incoming) Import(string text = Article)
    {
        var mapped = ContentMapper.Map(TestImporter.Import(text));
        return (mapped, IncomingContent.Of(mapped));
    }

    private static CorrectionOutcome Apply(IncomingContent incoming, string corrections)
    {
        var file = CorrectionParser.Parse(corrections);
        Assert.Empty(file.Problems);
        return CorrectionApplier.Apply(incoming, file);
    }

    private static string Entry(string place, string before, string change, string reason = "理由。") =>
        $"【更正】一条更正\n位置：{place}\n原文：{before}\n{change}\n理由：{reason}\n";

    [Fact]
    public void ApplierChangesTheNamedSectionAndFollowsThePassageToTheSchoolAndTheMilestone()
    {
        var (_, incoming) = Import();

        var outcome = Apply(incoming, Entry("栏目“第一部分”", "方案(试行)", "改为：方案（试行）", "半角括号。"));

        var content = outcome.Content;
        Assert.Contains("方案（试行）", content.Sections[0].Content.BodyMarkdown);
        Assert.Contains("方案（试行）", Assert.Single(content.Schools).Content.ProfileMarkdown);
        var milestone = Assert.Single(content.Milestones).Content;
        Assert.Equal(("曲靖市第一中学启动试点，制订方案（试行）。", "2022年5月，曲靖市第一中学启动试点，制订方案（试行）。"), (milestone.Summary, milestone.SourceSentence));
        Assert.Equal([SectionContent.ItemType, SchoolContent.ItemType, MilestoneContent.ItemType], outcome.Steps.Select(s => s.ItemType));
        Assert.All(outcome.Steps, s => Assert.Equal("半角括号。", s.Correction.Reason));
        var applied = Assert.Single(outcome.Applied);
        Assert.Equal((SectionContent.ItemType, 2, 3), (applied.ItemType, applied.Paragraph, applied.Targets.Count));
        Assert.Empty(outcome.Problems);
        Assert.Equal(incoming.Sections[1].Content, content.Sections[1].Content);
    }

    [Fact]
    public void ApplierLeavesTheTextAloneWhenTheBeforeTextIsNotThereAndSaysWhy()
    {
        var (_, incoming) = Import();

        var outcome = Apply(incoming, Entry("栏目“第一部分”", "不存在的话", "改为：别的话"));

        Assert.Empty(outcome.Steps);
        Assert.Empty(outcome.Applied);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("原文“不存在的话”在栏目“第一部分”中找不到", problem.Message);
        Assert.Equal(incoming.Sections.Select(s => s.Content), outcome.Content.Sections.Select(s => s.Content));
    }

    [Theory]
    [InlineData("栏目“第二部分”", "会泽县", "出现了不止一处")]
    [InlineData("栏目“第三部分”", "会泽县", "找不到栏目“第三部分”")]
    [InlineData("学校“曲靖市第一中学”", "会泽县", "找不到")]
    public void ApplierDoesNotGuess(string place, string before, string message)
    {
        var (_, incoming) = Import();

        var outcome = Apply(incoming, Entry(place, before, "改为：某某"));

        Assert.Empty(outcome.Steps);
        Assert.Contains(message, Assert.Single(outcome.Problems).Message);
    }

    [Fact]
    public void ApplierMovesWholeParagraphsAndWhatCameFromThemFollows()
    {
        var (mapped, incoming) = Import();
        Assert.Equal(2, mapped.Milestones[0].Paragraph);

        var outcome = Apply(incoming, Entry("栏目“第一部分”", "2022年5月\n  曲靖一中坚持", "移到：全市有各级各类学校之前"));
        outcome.Relink();

        Assert.StartsWith("2022年5月", outcome.Content.Sections[0].Content.BodyMarkdown);
        Assert.EndsWith("全市有各级各类学校3846所。", outcome.Content.Sections[0].Content.BodyMarkdown);
        Assert.Equal(1, mapped.Milestones[0].Paragraph);
        Assert.Equal(3, mapped.Figures[0].Paragraph);
        Assert.Equal(1, Assert.Single(outcome.Applied).Paragraph);
        Assert.Equal(incoming.Schools[0].Content, outcome.Content.Schools[0].Content);
    }

    [Fact]
    public void ApplierRefusesToDeleteTheParagraphAMilestoneComesFrom()
    {
        var (_, incoming) = Import();

        var outcome = Apply(incoming, Entry("栏目“第一部分”", "2022年5月，曲靖市第一中学启动试点，制订方案(试行)。", "改为：（删去）"));

        Assert.Empty(outcome.Steps);
        Assert.Contains("这一段是大事记的出处，不能整段删去", Assert.Single(outcome.Problems).Message);
    }

    [Fact]
    public void ApplierDeletesAParagraphNothingComesFrom()
    {
        var (_, incoming) = Import();

        var outcome = Apply(incoming, Entry("栏目“第二部分”", "会泽县坚持改革，会泽县推进改革。", "改为：（删去）"));

        Assert.Equal("", outcome.Content.Sections[1].Content.BodyMarkdown);
        Assert.Null(Assert.Single(outcome.Applied).Paragraph);
    }

    [Fact]
    public void ApplierFillsTheEmptyLeadButNeverOverwritesText()
    {
        var (_, incoming) = Import();

        var filled = Apply(incoming, Entry("导语", "（空）", "改为：全市有各级各类学校3846所。"));
        var refused = Apply(filled.Content, Entry("导语", "（空）", "改为：别的导语。"));

        Assert.Equal("全市有各级各类学校3846所。", filled.Content.Feature.Content.LeadMarkdown);
        Assert.Contains("这里已经有文字了", Assert.Single(refused.Problems).Message);
        Assert.Equal("全市有各级各类学校3846所。", refused.Content.Feature.Content.LeadMarkdown);
    }

    [Fact]
    public void ApplierRefusesAChangeThatBreaksAFieldsOwnRules()
    {
        var (_, incoming) = Import();

        var outcome = Apply(incoming, Entry("栏目“第二部分”", "第二部分", "改为：" + new string('长', 250)));

        Assert.Contains("标题不能超过 200 个字符", Assert.Single(outcome.Problems).Message);
        Assert.Equal("第二部分", outcome.Content.Sections[1].Content.Heading);
    }

    [Fact]
    public void ApplierEscapesMarkdownSoTheReaderSeesTheTextAsWritten()
    {
        var (_, incoming) = Import();

        var outcome = Apply(incoming, Entry("栏目“第一部分”", "党建引领", "改为：“党建+引领”"));

        Assert.Contains(MarkdownText.Escape("“党建+引领”"), outcome.Content.Sections[0].Content.BodyMarkdown);
    }

    [Fact]
    public void CorrectedFieldsExistOnTheEntitiesAFirstImportSaves()
    {
        var (_, incoming) = Import();

        foreach (var (_, item) in incoming.All())
        {
            CorrectableFields.CopyOnto(item.Source, item.Content);
        }

        Assert.Equal(incoming.Sections[0].Content, SectionContent.Of((Section)incoming.Sections[0].Source));
        Assert.Equal(incoming.Milestones[0].Content, MilestoneContent.Of((Milestone)incoming.Milestones[0].Source));
    }
}
