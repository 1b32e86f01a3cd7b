using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;

namespace Qujing.Web.Features.Editing.Desk;

/// <summary>The dashboard's lists, across every kind of content.</summary>
public sealed class DeskQueries(IEnumerable<IContentListing> listings, QujingDbContext db, ImportReportQueries reports, Scheduling.PublishSchedule schedules)
{
    /// <summary>Enough to see what colleagues did today without turning the dashboard into the audit log.</summary>
    public const int RecentCount = 12;

    public async Task<DeskSummary> SummaryAsync(string userName, CancellationToken ct)
    {
        var kinds = new List<KindCount>();
        var items = new Dictionary<(string Type, int Id), DeskItem>();
        foreach (var listing in listings)
        {
            var all = await listing.ItemsAsync(ct);
            kinds.Add(new KindCount(listing.Plural, listing.Label, all.Count(i => !i.Trashed), listing.CanCreate));
            foreach (var item in all)
            {
                items[(item.ItemType, item.Id)] = item;
            }
        }

        // One query per kind with drafts, not one per draft: the revisions newer than the published one carry few columns.
        var drafts = new List<DeskDraft>();
        foreach (var kind in items.Values.Where(i => i.HasDraft).GroupBy(i => i.ItemType))
        {
            var ids = kind.Select(i => i.Id).ToList();
            var revisions = await db.Revisions.AsNoTracking().Where(r => r.ItemType == kind.Key && ids.Contains(r.ItemId))
                .Select(r => new { r.ItemId, r.Number, r.Author, r.At }).ToListAsync(ct);
            var newest = revisions.ToDictionary(r => (r.ItemId, r.Number));
            foreach (var item in kind)
            {
                var revision = newest[(item.Id, item.Latest)];
                drafts.Add(new DeskDraft(item, revision.Author, revision.At));
            }
        }

        // By id, not time: ids grow with every save on both providers, and the newest are what an editor wants.
        var recent = await db.Revisions.AsNoTracking().OrderByDescending(r => r.Id).Take(RecentCount)
            .Select(r => new { r.ItemType, r.ItemId, r.Number, r.Author, r.At, r.Note }).ToListAsync(ct);

        var newestFirst = drafts.OrderByDescending(d => d.At).ToList();
        return new DeskSummary(
            kinds,
            [.. newestFirst.Where(d => d.Author == userName)],
            [.. newestFirst.Where(d => d.Author != userName)],
            [.. recent.Where(r => items.ContainsKey((r.ItemType, r.ItemId)))
                .Select(r => new DeskChange(items[(r.ItemType, r.ItemId)], r.Number, r.Author, r.At, r.Note))],
            await reports.OpenCountAsync(ct),
            [.. (await schedules.AllAsync(ct)).Where(s => items.ContainsKey((s.ItemType, s.ItemId)))
                .Select(s => new DeskSchedule(items[(s.ItemType, s.ItemId)], s.Number, s.DueAt, s.ScheduledBy,
                    s.State == Scheduling.ScheduleState.Failed ? s.FailureReason ?? "" : null))]);
    }
}
