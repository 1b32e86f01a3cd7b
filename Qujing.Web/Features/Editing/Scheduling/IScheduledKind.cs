namespace Qujing.Web.Features.Editing.Scheduling;

/// <summary>Carries out schedules of one kind of content, through that kind's editor (the publish button's path).</summary>
public interface IScheduledKind
{
    string ItemType { get; }

    /// <summary>Why the schedule can no longer be carried out as the editor made it, in Chinese; null when it can.</summary>
    Task<string?> ObstacleAsync(ScheduledPublication schedule, CancellationToken ct);

    /// <summary>Publishes the scheduled revision inside the caller's transaction; the caller runs the outbox after its commit.</summary>
    Task PublishAsync(ScheduledPublication schedule, CancellationToken ct);
}
