using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;

namespace Qujing.Web.Features.Editing.Autosave;

/// <summary>Reads, replaces and clears an editor's autosave slot for one item (<see cref="AutosaveSlot"/>).</summary>
public sealed class AutosaveStore(QujingDbContext db, TimeProvider clock)
{
    public Task<AutosaveSlot?> FindAsync(string userName, string kind, int itemId, CancellationToken ct) =>
        db.Set<AutosaveSlot>().AsNoTracking().SingleOrDefaultAsync(s => s.UserName == userName && s.Kind == kind && s.ItemId == itemId, ct);

    /// <summary>Replaces the slot's text; returns when it was saved.</summary>
    public async Task<DateTimeOffset> SaveAsync(string userName, string kind, int itemId, int basedOn, IReadOnlyList<string[]> fields, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(fields);
        var now = clock.GetUtcNow();
        for (var attempt = 0; ; attempt++)
        {
            var slot = await db.Set<AutosaveSlot>().SingleOrDefaultAsync(s => s.UserName == userName && s.Kind == kind && s.ItemId == itemId, ct);
            if (slot is null)
            {
                slot = new AutosaveSlot { UserName = userName, Kind = kind, ItemId = itemId };
                db.Add(slot);
            }

            slot.BasedOn = basedOn;
            slot.FieldsJson = json;
            slot.SavedAt = now;
            try
            {
                await db.SaveChangesAsync(ct);
                return now;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another tab created the slot between our read and write: read it again and replace its text.
                db.ChangeTracker.Clear();
            }
        }
    }

    public Task ClearAsync(string userName, string kind, int itemId, CancellationToken ct) =>
        db.Set<AutosaveSlot>().Where(s => s.UserName == userName && s.Kind == kind && s.ItemId == itemId).ExecuteDeleteAsync(ct);
}
