using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Editing.Scheduling;

/// <summary>
/// A schedule names one revision. It is published only while that revision is still the item's newest and not yet live:
/// a draft saved after the schedule was made, a publish in between or the trash mean the editor's plan no longer holds,
/// and guessing (publishing the newer draft nobody scheduled, or an older one over it) would surprise someone.
/// </summary>
public sealed class ScheduledKind<TEntity, TContent>(ContentEditor<TEntity, TContent> editor, RevisionStore revisions) : IScheduledKind
    where TEntity : class, IEditable
    where TContent : class
{
    public string ItemType => editor.Kind.ItemType;

    public async Task<string?> ObstacleAsync(ScheduledPublication schedule, CancellationToken ct)
    {
        if (await editor.FindAsync(schedule.ItemId, ct) is not { } item || await editor.ContentAsync(item, schedule.Number, ct) is null)
        {
            return $"{editor.Kind.Label}或其第 {schedule.Number} 版已不存在。";
        }

        if (item.DeletedAt is not null)
        {
            return $"这个{editor.Kind.Label}已移入回收站，第 {schedule.Number} 版没有发布。";
        }

        var latest = await revisions.LatestNumberAsync(ItemType, item.Id, ct);
        if (latest > schedule.Number && await revisions.GetAsync(ItemType, item.Id, latest, ct) is { } newer)
        {
            return $"安排之后 {newer.Author} 又保存了第 {latest} 版，为免发布旧稿，第 {schedule.Number} 版没有发布。请核对后重新安排。";
        }

        return item.PublishedRevision == schedule.Number
            ? $"第 {schedule.Number} 版在定时之前已经发布，无需再发布。"
            : null;
    }

    public async Task PublishAsync(ScheduledPublication schedule, CancellationToken ct)
    {
        var item = await editor.FindAsync(schedule.ItemId, ct) ?? throw new InvalidOperationException($"No {ItemType} {schedule.ItemId}.");
        await editor.PublishWithinTransactionAsync(item, schedule.Number, schedule.ScheduledBy, ScheduleAudit.Fired, ct);
    }
}
