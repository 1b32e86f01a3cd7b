using Qujing.Web.Features.Timeline;

namespace Qujing.Web.Tests.Integration;

/// <summary>The timeline's machine-readable dates are as precise as the text, and the same as the edit form shows.</summary>
public sealed class TimelineDateTests(SiteFixture site)
{
    [Fact]
    public async Task EveryMilestoneOnTheTimelineCarriesTheDateItsEditFormShows()
    {
        var milestones = site.Factory.Query(db => db.Milestones.ToList());
        var (_, timeline) = await site.GetAsync("/timeline");

        Assert.Contains(milestones, m => m.Precision != Import.DatePrecision.Day);
        Assert.All(milestones, m => Assert.Equal(MilestoneContent.Of(m).Date, timeline.QuerySelector($"#m{m.Id} time")?.GetAttribute("datetime")));
    }
}
