namespace Qujing.Web.Features.Editing.Scheduling;

/// <summary>
/// The edit page's "定时发布" panel: the item's schedule if it has one, and a form for its newest draft while that is not
/// live. <paramref name="Input"/> and <paramref name="Error"/> are the form's value and message after a refused post.
/// </summary>
public sealed record SchedulePanelView(string Root, int Latest, int Published, ScheduledPublication? Schedule, string? NewerAuthor, string Input, string? Error, string Min)
{
    public bool CanSchedule => Latest > Published;

    public bool IsPending => Schedule is { State: ScheduleState.Pending };

    /// <summary>A draft saved after the pending schedule was made: the schedule will not publish it, nor publish over it.</summary>
    public bool IsSuperseded => IsPending && Latest > Schedule!.Number;
}
