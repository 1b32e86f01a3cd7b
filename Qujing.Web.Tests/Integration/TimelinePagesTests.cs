namespace Qujing.Web.Tests.Integration;

/// <summary>Milestones in true date order, each date saying what the text leaves out, each event saying who acted.</summary>
public class TimelinePagesTests(SiteFixture site)
{
    [Fact]
    public async Task TimelinePutsYearOnlyMilestonesAfterTheDatedOnesOfThatYear()
    {
        var (_, document) = await site.GetAsync("/timeline");

        Assert.Equal(["2018-09-10", "2021-11-24", "2022", "2022-01-16", "2022-05", "2022", "2022"],
            document.QuerySelectorAll(".timeline time").Select(t => t.GetAttribute("datetime")!));
    }

    [Fact]
    public async Task TimelineSaysWhatADateLeavesOut()
    {
        var (_, document) = await site.GetAsync("/timeline");

        var dates = document.QuerySelectorAll(".milestone .date").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(["2018年9月10日", "2021年11月24日", "2022年以来", "2022年1月16日", "2022年5月（日期未载）", "2022年（月份未载）", "2022年（月份未载）"], dates);
    }

    [Fact]
    public async Task HomePageLatestMilestonesFollowTheTimelineAndSayWhatADateLeavesOut()
    {
        var (_, timeline) = await site.GetAsync("/timeline");
        var (_, home) = await site.GetAsync("/");

        var all = timeline.QuerySelectorAll(".milestone").Select(m => m.Id).ToList();
        Assert.Equal(all.TakeLast(4).Reverse(), home.QuerySelectorAll(".milestone").Select(m => m.Id));
        Assert.Contains("2022年（月份未载）", home.QuerySelectorAll(".milestone .date").Select(d => d.TextContent.Trim()));
    }

    [Fact]
    public async Task TimelineSaysWhichSchoolBuiltTheLabourBase()
    {
        var (_, document) = await site.GetAsync("/timeline");

        var summaries = document.QuerySelectorAll(".milestone p").Select(p => p.TextContent).ToList();
        Assert.DoesNotContain(summaries, s => s.StartsWith("学校", StringComparison.Ordinal));
        Assert.Single(summaries, s => s.StartsWith("宣威市第六中学进一步打造劳动教育基地", StringComparison.Ordinal));
    }
}
