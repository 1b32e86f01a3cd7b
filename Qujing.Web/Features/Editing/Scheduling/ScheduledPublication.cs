namespace Qujing.Web.Features.Editing.Scheduling;

/// <summary>
/// "定时发布": one saved revision of one item, to be published at a time (UTC). One row per item: a new schedule replaces
/// the old. A schedule that fires is deleted in the transaction that publishes it (the audit log keeps it); one that
/// cannot be carried out stays, <see cref="ScheduleState.Failed"/> with its reason, until an editor removes or replaces it.
/// </summary>
public class ScheduledPublication
{
    public int Id { get; set; }

    /// <summary>The revision's item type ("section").</summary>
    public string ItemType { get; set; } = "";

    public int ItemId { get; set; }

    /// <summary>The revision to publish: exactly this one, never a later draft the editor has not scheduled.</summary>
    public int Number { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public string ScheduledBy { get; set; } = "";

    public DateTimeOffset ScheduledAt { get; set; }

    public ScheduleState State { get; set; }

    /// <summary>Why a failed schedule was not carried out, in Chinese for the dashboard.</summary>
    public string? FailureReason { get; set; }
}
