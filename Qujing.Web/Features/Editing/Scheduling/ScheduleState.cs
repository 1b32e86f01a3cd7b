namespace Qujing.Web.Features.Editing.Scheduling;

public enum ScheduleState
{
    /// <summary>Waiting for its time.</summary>
    Pending = 0,

    /// <summary>Its time came, but it was no longer what the editor had scheduled; see its reason.</summary>
    Failed = 1,
}
