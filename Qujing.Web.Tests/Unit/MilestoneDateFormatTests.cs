using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Timeline;
using Qujing.Web.Import;

namespace Qujing.Web.Tests.Unit;

/// <summary>
/// A milestone's date is written as precisely as the text gives it (2022, 2022-05 or 2022-05-16): in the edit form and
/// in the timeline's &lt;time datetime&gt;. What the form shows must read back as the same date and precision, or
/// saving a milestone without touching its date would change it.
/// </summary>
public class MilestoneDateFormatTests
{
    public static TheoryData<string, DatePrecision, string> Dates => new()
    {
        { "2022-01-01", DatePrecision.Year, "2022" },
        { "2022-05-01", DatePrecision.Month, "2022-05" },
        { "2022-05-16", DatePrecision.Day, "2022-05-16" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void TheEditFormWritesADateAsPreciselyAsTheTextGivesItAndReadsItBack(string date, DatePrecision precision, string written)
    {
        var milestone = new Milestone { Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Precision = precision };

        var content = MilestoneContent.Of(milestone);

        Assert.Equal(written, content.Date);
        Assert.Equal((milestone.Date, precision), content.Parsed());
    }
}
