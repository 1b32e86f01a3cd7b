namespace Qujing.Web.Tests.Integration;

/// <summary>The figures chart, the timeline's years and the schools schematic say only what the text supports.</summary>
public class VisualsTests(SiteFixture site)
{
    [Fact]
    public async Task FiguresChartShowsTheWholeAndItsPartsOnlyAndReadsAsATable()
    {
        var (_, document) = await site.GetAsync("/figures");

        var chart = Assert.Single(document.QuerySelectorAll(".chart"));
        Assert.Contains("师生", chart.QuerySelector("figcaption")!.TextContent);
        Assert.Equal(2, chart.QuerySelectorAll("svg rect.part").Length);
        Assert.Equal("true", chart.QuerySelector("svg")!.GetAttribute("aria-hidden"));
        Assert.Equal(["在校学生", "教职工"], chart.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent.Trim()));
        Assert.Equal(["135万人", "9万余人"], chart.QuerySelectorAll("tbody td:nth-of-type(1)").Select(td => td.TextContent));
        Assert.DoesNotContain("常住人口", chart.TextContent);
        Assert.Empty(chart.QuerySelectorAll("svg text"));
    }

    [Fact]
    public async Task TimelineGroupsMilestonesByYear()
    {
        var (_, document) = await site.GetAsync("/timeline");

        var years = document.QuerySelectorAll(".timeline-year").ToList();
        Assert.Equal(["2018年", "2021年", "2022年"], years.Select(y => y.QuerySelector("h2")!.TextContent));
        Assert.All(years, y => Assert.All(y.QuerySelectorAll(".milestone time"),
            t => Assert.StartsWith(y.QuerySelector("h2")!.TextContent.TrimEnd('年'), t.GetAttribute("datetime"), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TimelineShowsAPeriodAsOngoingAtTheHeadOfItsYear()
    {
        var (_, document) = await site.GetAsync("/timeline");

        var years = document.QuerySelectorAll(".timeline-year");
        var year = years[^1];
        var first = year.QuerySelector(".milestone")!;
        Assert.Equal("2022年以来", first.QuerySelector(".date")!.TextContent.Trim());
        Assert.Contains("ongoing", first.ClassList);
        Assert.Contains("持续进行", first.QuerySelector(".ongoing-note")!.TextContent);
        Assert.Single(document.QuerySelectorAll(".milestone.ongoing"));
    }

    [Fact]
    public async Task TimelineLegendNamesEachLevelShown()
    {
        var (_, document) = await site.GetAsync("/timeline");

        Assert.Equal(["国家", "市级", "学校", "持续进行的工作"], document.QuerySelectorAll(".level-legend li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task SchoolsSchematicPlacesCountiesRoughlyWhereTheyLieAndShadesByCount()
    {
        var (_, document) = await site.GetAsync("/schools");

        var tiles = document.QuerySelectorAll(".county-map .tiles li").ToDictionary(li => li.QuerySelector(".tile-name")!.TextContent, li => li.ClassList.ToList());
        Assert.Contains("r1", tiles["宣威市"]);
        Assert.Contains("c1", tiles["会泽县"]);
        Assert.Contains("c3", tiles["富源县"]);
        Assert.Contains("r4", tiles["罗平县"]);
        Assert.Contains("c3", tiles["罗平县"]);
        Assert.Contains("shade-3", tiles["宣威市"]);
        Assert.Contains("shade-1", tiles["富源县"]);
        Assert.Contains("shade-0", tiles["陆良县"]);
        Assert.Contains("示意图", document.QuerySelector(".county-map figcaption")!.TextContent);
        Assert.DoesNotContain("方块不代表地理位置", document.QuerySelector("main")!.TextContent);
    }
}
