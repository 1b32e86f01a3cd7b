using Qujing.Web.Features.Timeline;
using Qujing.Web.Import;

namespace Qujing.Web.Tests.Integration;

/// <summary>The milestone form offers every level, by the name readers see on the timeline.</summary>
public sealed class MilestoneLevelFormTests(SharedAdminSite site) : IClassFixture<SharedAdminSite>
{
    [Fact]
    public async Task TheLevelChoiceOffersEveryLevelByItsTimelineName()
    {
        var editor = await site.Site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var form = await AdminSite.GetDocumentAsync(editor, "/admin/milestones/new");

        var options = form.QuerySelectorAll("select[name='Content.Level'] option").Select(o => (o.GetAttribute("value"), o.TextContent.Trim()));
        Assert.Equal(Enum.GetValues<MilestoneLevel>().Select(l => ((string?)l.ToString(), LevelNames.Of(l))), options);
        Assert.Equal(nameof(MilestoneLevel.City), form.QuerySelector("select[name='Content.Level'] option[selected]")?.GetAttribute("value"));
    }
}
