using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Infrastructure.Time;

namespace Qujing.Web.Features.Editing.Scheduling;

/// <summary>The editors' side of scheduling: make, replace and cancel an item's one schedule, audited; list them all.</summary>
public sealed class PublishSchedule(QujingDbContext db, AuditLog audit, TimeProvider clock)
{
    public Task<ScheduledPublication?> FindAsync(string itemType, int itemId, CancellationToken ct) =>
        db.ScheduledPublications.AsNoTracking().SingleOrDefaultAsync(s => s.ItemType == itemType && s.ItemId == itemId, ct);

    /// <summary>Every schedule, the soonest first.</summary>
    public Task<List<ScheduledPublication>> AllAsync(CancellationToken ct) =>
        db.ScheduledPublications.AsNoTracking().OrderBy(s => s.DueAt).ToListAsync(ct);

    /// <summary>Schedules revision <paramref name="number"/> for <paramref name="dueAt"/>, in place of the item's schedule if it has one.</summary>
    /// <param name="title">The item's title, for the audit entry.</param>
    public async Task ScheduleAsync(string itemType, int itemId, string title, int number, DateTimeOffset dueAt, string user, CancellationToken ct)
    {
        var schedule = await db.ScheduledPublications.SingleOrDefaultAsync(s => s.ItemType == itemType && s.ItemId == itemId, ct);
        var replaced = schedule is null ? "" : $"，取代{Describe(schedule)}";
        if (schedule is null)
        {
            schedule = new ScheduledPublication { ItemType = itemType, ItemId = itemId };
            db.ScheduledPublications.Add(schedule);
        }

        schedule.Number = number;
        schedule.DueAt = dueAt;
        schedule.ScheduledBy = user;
        schedule.ScheduledAt = clock.GetUtcNow();
        schedule.State = ScheduleState.Pending;
        schedule.FailureReason = null;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, ScheduleAudit.Scheduled, $"{title}（第 {number} 版）定于北京时间 {BeijingTime.Minute(dueAt)} 发布{replaced}", itemType, itemId, ct);
    }

    /// <returns>False when the item had no schedule (it fired, or a colleague cancelled it, meanwhile).</returns>
    public async Task<bool> CancelAsync(string itemType, int itemId, string title, string user, CancellationToken ct)
    {
        if (await db.ScheduledPublications.SingleOrDefaultAsync(s => s.ItemType == itemType && s.ItemId == itemId, ct) is not { } schedule)
        {
            return false;
        }

        db.ScheduledPublications.Remove(schedule);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, ScheduleAudit.Cancelled, $"{title}：{Describe(schedule)}", itemType, itemId, ct);
        return true;
    }

    private static string Describe(ScheduledPublication s) =>
        $"{s.ScheduledBy} 安排的北京时间 {BeijingTime.Minute(s.DueAt)} 发布第 {s.Number} 版" + (s.State == ScheduleState.Failed ? "（未执行）" : "");
}
