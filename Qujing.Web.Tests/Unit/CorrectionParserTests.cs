using Qujing.Web.Features.Corrections;
using Qujing.Web.Import;

namespace Qujing.Web.Tests.Unit;

public class CorrectionParserTests
{
    private const string Entry = """
        # 说明行不参与更正

        【更正】改正错字
        位置：栏目“擦亮教育品牌”
        原文：明前是一头牛拉车
        改为：以前是一头牛拉车
        理由：错字，
          与“现在”对举。
        报告：疑似错字 原文第 35 段、原文第 39 段；段落残缺 原文第 6 段
        """;

    [Fact]
    public void ParserReadsAnEntryWithItsPlaceTextsReasonAndReportEntries()
    {
        var file = CorrectionParser.Parse(Entry);

        Assert.Empty(file.Problems);
        var c = Assert.Single(file.Entries);
        Assert.Equal((3, "改正错字"), (c.Line, c.Title));
        Assert.Equal(new CorrectionPlace(PlaceKind.Section, "擦亮教育品牌", "栏目“擦亮教育品牌”"), c.Place);
        Assert.Equal(["明前是一头牛拉车"], c.Before);
        Assert.Equal("以前是一头牛拉车", c.After);
        Assert.Null(c.Move);
        Assert.Equal("错字，与“现在”对举。", c.Reason);
        Assert.Equal([new ReportReference("疑似错字", "原文第 35 段、原文第 39 段"), new ReportReference("段落残缺", "原文第 6 段")], c.Handles);
    }

    [Fact]
    public void ParserReadsAMoveWithOneLinePerParagraphAndTheMarkersForEmptyAndDelete()
    {
        var file = CorrectionParser.Parse("""
            【更正】移段
            位置：栏目“亮点展示”
            原文：珠江源头
              曲靖是云南省
            移到：曲靖一中——高质量之前
            理由：离题。

            【更正】导语
            位置：导语
            原文：（空）
            改为：珠江源头，醉美曲靖。
            理由：原文没有导语。

            【更正】删去
            位置：大事记“2022年”
            原文：多余的话
            改为：（删去）
            理由：重复。
            """);

        Assert.Empty(file.Problems);
        Assert.Equal(["珠江源头", "曲靖是云南省"], file.Entries[0].Before);
        Assert.Equal(new CorrectionMove("曲靖一中——高质量", Before: true), file.Entries[0].Move);
        Assert.Equal((PlaceKind.Lead, 0), (file.Entries[1].Place.Kind, file.Entries[1].Before.Count));
        Assert.True(file.Entries[2].IsDeletion);
        Assert.Equal(PlaceKind.Milestone, file.Entries[2].Place.Kind);
    }

    [Theory]
    [InlineData("位置：栏目“甲”\n原文：乙\n改为：丙\n", 2, "缺少理由")]
    [InlineData("位置：栏目“甲”\n原文：乙\n理由：丁\n", 2, "要写“改为”或“移到”")]
    [InlineData("位置：栏目“甲”\n原文：乙\n改为：丙\n移到：戊之前\n理由：丁\n", 2, "二者只写一个")]
    [InlineData("位置：某处\n原文：乙\n改为：丙\n理由：丁\n", 2, "位置无法识别")]
    [InlineData("位置：栏目“甲”\n原文：乙\n移到：戊\n理由：丁\n", 2, "之前或之后")]
    [InlineData("位置：栏目“甲”\n原文：乙\n  乙二\n改为：丙\n理由：丁\n", 2, "只有“移到”可以一次移动几段")]
    [InlineData("位置：栏目“甲”\n原文：乙\n改为：丙\n理由：丁\n备注：戊\n", 7, "第 7 行无法识别")]
    [InlineData("位置：栏目“甲”\n原文：乙\n改为：丙\n改为：丁\n理由：丁\n", 6, "已经写过（第 5 行）")]
    [InlineData("位置：栏目“甲”\n原文：乙\n改为：丙\n理由：丁\n报告：残缺\n", 2, "应写作“类别 位置”")]
    public void ParserNamesTheLineOfAMalformedEntryInChineseAndKeepsTheOthers(string body, int line, string message)
    {
        var file = CorrectionParser.Parse($"# 第 1 行\n【更正】坏的\n{body}\n【更正】好的\n位置：导语\n原文：（空）\n改为：导语。\n理由：没有导语。\n");

        var problem = Assert.Single(file.Problems);
        Assert.Equal(line, problem.Line);
        Assert.Contains($"第 {line} 行", problem.Message);
        Assert.Contains(message, problem.Message);
        Assert.Equal("好的", Assert.Single(file.Entries).Title);
    }

    [Fact]
    public void ParserRefusesTextOutsideAnEntry()
    {
        var file = CorrectionParser.Parse("这里忘了写标题\n");

        Assert.Empty(file.Entries);
        Assert.Contains("第 1 行不属于任何更正", Assert.Single(file.Problems).Message);
    }

    [Fact]
    public void TheNewsroomsCorrectionsFileParsesWithoutProblemsAndNamesOnlyRealReportKinds()
    {
        var file = CorrectionParser.Parse(File.ReadAllText(Path.Combine(RepoPaths.Content, "corrections.txt")));

        Assert.Empty(file.Problems);
        Assert.Equal(19, file.Entries.Count);
        var kinds = Enum.GetValues<ReportKind>().Select(CorrectionReport.KindName).ToHashSet();
        Assert.All(file.Entries.SelectMany(e => e.Handles), h => Assert.Contains(h.Kind, kinds));
    }
}
