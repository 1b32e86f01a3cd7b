namespace Qujing.Web.Features.Editing.Scheduling;

/// <summary>The audit log's actions for schedules, as the audit page shows them.</summary>
public static class ScheduleAudit
{
    public const string Scheduled = "安排定时发布";

    public const string Cancelled = "取消定时发布";

    /// <summary>The publish itself, in the scheduling editor's name: it takes the place of the manual "发布" entry.</summary>
    public const string Fired = "定时发布";

    public const string Failed = "定时发布失败";
}
