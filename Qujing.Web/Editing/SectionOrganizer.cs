using Microsoft.EntityFrameworkCore;
using Qujing.Web.Accounts;
using Qujing.Web.Caching;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Publishing;

namespace Qujing.Web.Editing;

/// <summary>Adding sections and changing their order (what the per-item editor does not cover).</summary>
public sealed class SectionOrganizer(QujingDbContext db, RevisionStore revisions, Outbox outbox, AuditLog audit, TimeProvider clock)
{
    /// <summary>A new section at the end, as a first draft: readers see it only once it is published.</summary>
    /// <returns>The new section's id, or null when the address is taken.</returns>
    public async Task<int?> AddAsync(SectionContent content, string user, CancellationToken ct)
    {
        if (await db.Sections.IgnoreQueryFilters().AnyAsync(s => s.Slug == content.Slug, ct))
        {
            return null;
        }

        var position = await db.Sections.IgnoreQueryFilters().MaxAsync(s => (int?)s.Position, ct) ?? 0;
        var section = new Section { Heading = content.Heading, Slug = content.Slug, BodyMarkdown = content.BodyMarkdown, Position = position + 1 };
        db.Sections.Add(section);
        await db.SaveChangesAsync(ct);
        await revisions.AddAsync(SectionContent.ItemType, section.Id, content, user, "新建", ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, "新建栏目", content.Heading, SectionContent.ItemType, section.Id, ct);
        return section.Id;
    }

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
