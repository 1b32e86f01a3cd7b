namespace Qujing.Web.Features.Editing.Scheduling;

/// <summary>The <c>Scheduling</c> configuration section.</summary>
public sealed class SchedulingOptions
{
    /// <summary>
    /// The longest the scheduler sleeps between looks for due schedules. It wakes sooner for a schedule it knows falls due
    /// earlier; this bounds how late one made on another instance meanwhile is published.
    /// </summary>
    public double IntervalSeconds { get; set; } = 15;

    /// <summary>How far ahead an editor may schedule; further is more likely a typo in the year than a plan.</summary>
    public int MaxDaysAhead { get; set; } = 366;
}
