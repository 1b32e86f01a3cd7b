using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qujing.Web.Data;

namespace Qujing.Web.Features.Editing.Presence;

/// <summary>
/// Who has which item's edit page open (<see cref="EditPresence"/>), in the database so that every instance behind the
/// load balancer sees every editor. A heartbeat is one UPDATE of the editor's own row; only a page's first heartbeat
/// inserts, and deletes every row older than the window with it (an index range on a table of a few rows).
/// </summary>
public sealed class PresenceBoard(QujingDbContext db, TimeProvider clock, IOptions<PresenceOptions> options)
{
    private TimeSpan Window => TimeSpan.FromSeconds(options.Value.WindowSeconds);

    /// <summary>Records that the user's page for the item is open now.</summary>
    public async Task BeatAsync(string userId, string itemType, int itemId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (await TouchAsync(userId, itemType, itemId, now, ct) > 0)
        {
            return;
        }

        // Rows are only ever added here, so pruning here bounds the table: it holds the editors of the window and at most
        // the rows that went stale since the last page was opened.
        var stale = now - Window;
        await db.Set<EditPresence>().Where(p => p.SeenAt < stale).ExecuteDeleteAsync(ct);
        db.Add(new EditPresence { UserId = userId, ItemType = itemType, ItemId = itemId, SeenAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another tab of the same editor inserted the row between our update and insert: its row is ours to touch.
            db.ChangeTracker.Clear();
            await TouchAsync(userId, itemType, itemId, now, ct);
        }
    }

    /// <summary>The other editors (not this user, in any tab) seen on the item within the window, most recent first.</summary>
    public async Task<IReadOnlyList<PresentEditor>> OthersAsync(string userId, string itemType, int itemId, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - Window;
        var rows = await (
            from p in db.Set<EditPresence>().AsNoTracking()
            where p.ItemType == itemType && p.ItemId == itemId && p.UserId != userId && p.SeenAt >= since
            join u in db.Users on p.UserId equals u.Id
            select new { u.UserName, p.SeenAt }).ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.SeenAt).ThenBy(r => r.UserName, StringComparer.Ordinal).Select(r => new PresentEditor(r.UserName ?? "", r.SeenAt))];
    }

    /// <summary>Forgets the user's page for the item at once (it was closed), rather than when the window passes.</summary>
    public Task LeaveAsync(string userId, string itemType, int itemId, CancellationToken ct) => Mine(userId, itemType, itemId).ExecuteDeleteAsync(ct);

    private Task<int> TouchAsync(string userId, string itemType, int itemId, DateTimeOffset now, CancellationToken ct) =>
        Mine(userId, itemType, itemId).ExecuteUpdateAsync(s => s.SetProperty(p => p.SeenAt, now), ct);

    private IQueryable<EditPresence> Mine(string userId, string itemType, int itemId) =>
        db.Set<EditPresence>().Where(p => p.UserId == userId && p.ItemType == itemType && p.ItemId == itemId);
}
