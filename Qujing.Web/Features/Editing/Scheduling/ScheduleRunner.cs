using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;

namespace Qujing.Web.Features.Editing.Scheduling;

/// <summary>Finds the schedules that are due and fires each in a scope of its own (<see cref="ScheduleFiring"/>).</summary>
public sealed class ScheduleRunner(QujingDbContext db, IServiceScopeFactory scopes, TimeProvider clock,
    Infrastructure.Storage.IStorageFailureClassifier storage, ILogger<ScheduleRunner> logger)
{
    /// <summary>Fires every schedule due now. Safe to run on every instance at once: each schedule is published once.</summary>
    /// <returns>How many this call published (others may have been published by another instance, or have failed).</returns>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.ScheduledPublications.AsNoTracking()
            .Where(s => s.State == ScheduleState.Pending && s.DueAt <= now)
            .OrderBy(s => s.DueAt).Select(s => s.Id).ToListAsync(ct);
        var published = 0;
        foreach (var id in due)
        {
            // A scope per schedule: what one failed publish left tracked must not be saved by the next.
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                if (await scope.ServiceProvider.GetRequiredService<ScheduleFiring>().FireAsync(id, now, ct))
                {
                    published++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException && storage.Classify(e) is not null)
            {
                // The database could not be written (full, locked, gone): nothing was committed, and the schedule stays
                // pending for the next round, when the storage may be back.
                logger.LogError(e, "The scheduled publication {Id} could not be carried out; it will be tried again", id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Anything else (the draft no longer saves: its address taken meanwhile, a photo it names deleted) would
                // fail the same way every round: the schedule is marked failed, where the dashboard shows it.
                logger.LogError(e, "The scheduled publication {Id} failed and will not be tried again", id);
                await using var again = scopes.CreateAsyncScope();
                await again.ServiceProvider.GetRequiredService<ScheduleFiring>().MarkFailedAsync(id, ct);
            }
        }

        return published;
    }

    /// <summary>When the next pending schedule falls due, or null when none waits.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct)
    {
        var next = await db.ScheduledPublications.AsNoTracking().Where(s => s.State == ScheduleState.Pending)
            .OrderBy(s => s.DueAt).Select(s => s.DueAt).Take(1).ToListAsync(ct);
        return next.Count == 0 ? null : next[0];
    }
}
