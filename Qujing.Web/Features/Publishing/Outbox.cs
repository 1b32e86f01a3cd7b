using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Search;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Features.Publishing;

/// <summary>
/// The follow-up work of a change readers can see (see decision 0011). <see cref="Record"/> adds it to the caller's
/// unit of work, so it commits or rolls back with the change; <see cref="RunAsync"/> does it after the commit and
/// deletes it only when done. Whatever is left (an exception, a crash, a stopped process) is retried by
/// <see cref="OutboxWorker"/>, including at the next start. Both steps are idempotent, so two runners (two requests,
/// two instances) may do the same entry twice without harm.
/// </summary>
public sealed class Outbox(QujingDbContext db, SearchIndexer search, PageCache pages, TimeProvider clock, ILogger<Outbox> logger)
{
    /// <summary>More entries than this are handled in the next round (one rebuild covers them all anyway).</summary>
    private const int Batch = 200;

    /// <summary>Adds follow-up work to the caller's changes; it is saved with them by the caller's SaveChanges.</summary>
    public void Record(IEnumerable<string> evictTags, bool rebuildSearch = true) =>
        db.Outbox.Add(new OutboxEntry { CreatedAt = clock.GetUtcNow(), RebuildSearch = rebuildSearch, EvictTags = string.Join(' ', evictTags.Distinct()) });

    /// <summary>Does the pending work. Never throws for a failure of the work itself: it is logged and left for a retry.</summary>
    /// <returns>True when nothing is left.</returns>
    public async Task<bool> RunAsync(CancellationToken ct)
    {
        var due = await db.Outbox.AsNoTracking().OrderBy(e => e.Id).Take(Batch).ToListAsync(ct);
        if (due.Count == 0)
        {
            return true;
        }

        // The entries are read before the content, so the rebuild sees at least every change they stand for.
        string? failure = null;
        if (due.Any(e => e.RebuildSearch))
        {
            try
            {
                await search.RebuildAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = $"{e.GetType().Name}: {e.Message}";
                logger.LogError(e, "Rebuilding the search index after a change failed (attempt {Attempt}); it will be retried", due.Max(x => x.Attempts) + 1);
            }
        }

        // Evicted whatever the search index did: readers get the changed pages at once. Evicted after the rebuild, so a
        // search page cached in between is not kept with the old results.
        await pages.EvictAsync(due.SelectMany(e => e.EvictTags.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(), ct);

        var ids = due.Select(e => e.Id).ToList();
        if (failure is null)
        {
            await db.Outbox.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(ct);
            return due.Count < Batch || await RunAsync(ct);
        }

        var now = clock.GetUtcNow();
        await db.Outbox.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Attempts, e => e.Attempts + 1)
            .SetProperty(e => e.LastAttemptAt, now)
            .SetProperty(e => e.LastError, failure.Length > 2000 ? failure[..2000] : failure), ct);
        return false;
    }

    /// <summary>
    /// True when there is work and it is time to try it: at once for new work, then after a pause that doubles with each
    /// failed attempt (up to five minutes), so a lasting failure is retried without flooding the log.
    /// </summary>
    public async Task<bool> IsDueAsync(TimeSpan firstPause, CancellationToken ct)
    {
        var oldest = await db.Outbox.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Attempts, e.LastAttemptAt }).FirstOrDefaultAsync(ct);
        if (oldest?.LastAttemptAt is not { } last)
        {
            return oldest is not null;
        }

        var pause = TimeSpan.FromTicks(Math.Min(firstPause.Ticks << Math.Min(oldest.Attempts - 1, 16), TimeSpan.FromMinutes(5).Ticks));
        return clock.GetUtcNow() >= last + pause;
    }

    /// <summary>The oldest entry that has failed at least once, for the health check.</summary>
    public Task<OutboxEntry?> OldestFailureAsync(CancellationToken ct) =>
        db.Outbox.AsNoTracking().Where(e => e.Attempts > 0).OrderBy(e => e.Id).FirstOrDefaultAsync(ct);
}
