using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Publishing;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Features.Sections;

/// <summary>The order of sections (what the per-item editor does not cover).</summary>
public sealed class SectionOrganizer(QujingDbContext db, Outbox outbox, AuditLog audit, TimeProvider clock)
{
    /// <summary>Swaps a section with its neighbour; every page's header lists the sections, so everything is evicted.</summary>
    public async Task<MoveOutcome> MoveAsync(int id, int direction, string user, CancellationToken ct)
    {
        var sections = await db.Sections.IgnoreQueryFilters().OrderBy(s => s.Position).ToListAsync(ct);
        var index = sections.FindIndex(s => s.Id == id);
        var other = index + Math.Sign(direction);
        if (index < 0)
        {
            return MoveOutcome.NotFound;
        }

        if (other < 0 || other >= sections.Count)
        {
            return other < 0 ? MoveOutcome.AlreadyFirst : MoveOutcome.AlreadyLast;
        }

        (sections[index].Position, sections[other].Position) = (sections[other].Position, sections[index].Position);
        await ReaderVisibleChange.MarkAsync(db, clock, ct);
        outbox.Record([CacheTags.Content]);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, direction < 0 ? "栏目上移" : "栏目下移", sections[index].Heading, SectionContent.ItemType, id, ct);
        await outbox.RunAsync(CancellationToken.None);
        return MoveOutcome.Moved;
    }
}
