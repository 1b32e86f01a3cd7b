using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Features.Publishing;

namespace Qujing.Web.Features.Editing.Scheduling;

/// <summary>
/// Carries out one due schedule, exactly once however many instances try at the same moment: the schedule is claimed by a
/// conditional statement (delete, or mark failed, only while it is still pending and as it was read) in the same transaction
/// as the publish. The instance whose statement changed no row has lost the race and leaves everything alone; a crash
/// before the commit leaves the schedule pending for the next round.
/// </summary>
public sealed class ScheduleFiring(QujingDbContext db, IEnumerable<IScheduledKind> kinds, AuditLog audit, Outbox outbox)
{
    /// <returns>True when this call published the revision.</returns>
    public async Task<bool> FireAsync(int id, DateTimeOffset now, CancellationToken ct)
    {
        bool published;
        // BEGIN IMMEDIATE on SQLite, the write lock on PostgreSQL (PostgresWriteLock): the checks below read what the claim
        // then changes with no writer in between; the claim's own condition makes it safe without that as well.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var schedule = await db.ScheduledPublications.AsNoTracking()
                .SingleOrDefaultAsync(s => s.Id == id && s.State == ScheduleState.Pending && s.DueAt <= now, ct);
            if (schedule is null)
            {
                return false; // fired, cancelled or replaced meanwhile
            }

            var kind = kinds.SingleOrDefault(k => k.ItemType == schedule.ItemType);
            var obstacle = kind is null ? "这种内容不能定时发布。" : await kind.ObstacleAsync(schedule, ct);
            var asRead = db.ScheduledPublications.Where(s => s.Id == schedule.Id && s.State == ScheduleState.Pending
                && s.Number == schedule.Number && s.DueAt == schedule.DueAt && s.ScheduledBy == schedule.ScheduledBy);
            if (obstacle is null)
            {
                if (await asRead.ExecuteDeleteAsync(ct) == 0)
                {
                    return false;
                }

                await kind!.PublishAsync(schedule, ct);
            }
            else
            {
                if (await asRead.ExecuteUpdateAsync(s => s.SetProperty(p => p.State, ScheduleState.Failed).SetProperty(p => p.FailureReason, obstacle), ct) == 0)
                {
                    return false;
                }

                await audit.RecordAsync(schedule.ScheduledBy, ScheduleAudit.Failed, obstacle, schedule.ItemType, schedule.ItemId, ct);
            }

            await transaction.CommitAsync(ct);
            published = obstacle is null;
        }

        if (published)
        {
            // After the commit, never before: readers must not get a page the rollback would take back. Left over, the
            // outbox worker retries it.
            await outbox.RunAsync(CancellationToken.None);
        }

        return published;
    }

    /// <summary>After a publish that threw: marks the schedule failed (while it is still pending) and audits it, once.</summary>
    public async Task MarkFailedAsync(int id, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.ScheduledPublications.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.State == ScheduleState.Pending, ct) is not { } schedule)
        {
            return;
        }

        var reason = $"发布第 {schedule.Number} 版时出错，没有发布。请打开草稿检查（例如网址是否已被占用、引用的图片是否还在）后重新保存并安排。";
        if (await db.ScheduledPublications.Where(s => s.Id == id && s.State == ScheduleState.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, ScheduleState.Failed).SetProperty(p => p.FailureReason, reason), ct) == 1)
        {
            await audit.RecordAsync(schedule.ScheduledBy, ScheduleAudit.Failed, reason, schedule.ItemType, schedule.ItemId, ct);
            await transaction.CommitAsync(ct);
        }
    }
}
