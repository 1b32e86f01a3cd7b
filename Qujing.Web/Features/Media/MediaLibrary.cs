using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Publishing;
using Qujing.Web.Infrastructure.Caching;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Media;

/// <summary>The media library's changes: add, describe and delete photos, each audited; pages that show them are evicted.</summary>
public sealed class MediaLibrary(QujingDbContext db, Outbox outbox, AuditLog audit, AtomicSave atomic, MediaUses uses, TimeProvider clock)
{
    public Task<List<MediaItem>> ListAsync(CancellationToken ct) =>
        db.MediaItems.AsNoTracking().OrderByDescending(m => m.Id).ToListAsync(ct);

    public Task<MediaItem?> FindAsync(int id, CancellationToken ct) => db.MediaItems.SingleOrDefaultAsync(m => m.Id == id, ct);

    public async Task<MediaItem> AddAsync(ProcessedImage image, string fileName, MediaDetails details, string user, CancellationToken ct)
    {
        var item = new MediaItem
        {
            FileName = InputText.Truncate(InputText.Clean(fileName), MediaLimits.FileName),
            Alt = details.Alt,
            Caption = details.Caption,
            Credit = details.Credit,
            Width = image.Width,
            Height = image.Height,
            Hash = image.Hash,
            Widths = string.Join(' ', image.Variants.Where(v => v.Format == "webp").Select(v => v.Width)),
            UploadedAt = clock.GetUtcNow(),
            UploadedBy = user,
            Variants = [.. image.Variants.Select(v => new MediaVariant { Width = v.Width, Height = v.Height, Format = v.Format, Bytes = v.Bytes })],
        };
        db.MediaItems.Add(item);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, "上传图片", $"{item.FileName}（{item.Width}×{item.Height}）", "media", item.Id, ct);
        return item;
    }

    /// <summary>New words for a photo; pages that show it (its alt text, its caption) are evicted.</summary>
    public async Task UpdateAsync(MediaItem item, MediaDetails details, string user, CancellationToken ct)
    {
        (item.Alt, item.Caption, item.Credit) = (details.Alt, details.Caption, details.Credit);
        outbox.Record([CacheTags.Content], rebuildSearch: true);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, "修改图片说明", item.Alt, "media", item.Id, ct);
        await outbox.RunAsync(CancellationToken.None);
    }

    /// <summary>Where the photo is used now (<see cref="MediaUses"/>).</summary>
    public Task<List<string>> UsesAsync(int id, CancellationToken ct) => uses.FindAsync(id, ct);

    /// <summary>
    /// Deletes the photo unless something uses it, checked in the same transaction, so a save in between cannot slip a
    /// use past the check. Pages are evicted after the commit, as every change readers could see.
    /// </summary>
    public async Task<MediaDeletion> DeleteAsync(MediaItem item, string user, CancellationToken ct)
    {
        var outcome = await atomic.RunAsync(
            async () =>
            {
                if (await uses.FindAsync(item.Id, ct) is { Count: > 0 } found)
                {
                    return new MediaDeletion(found);
                }

                // Trashed items may still name it as their lead image; they lose it rather than keep a dangling reference.
                await db.Sections.IgnoreQueryFilters().Where(s => s.LeadImageId == item.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LeadImageId, (int?)null), ct);
                await db.Schools.IgnoreQueryFilters().Where(s => s.LeadImageId == item.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LeadImageId, (int?)null), ct);
                db.MediaItems.Remove(item);
                outbox.Record([CacheTags.Content], rebuildSearch: false);
                await db.SaveChangesAsync(ct);
                await audit.RecordAsync(user, "删除图片", $"{item.FileName}：{item.Alt}", "media", item.Id, ct);
                return new MediaDeletion([]);
            },
            failure => new MediaDeletion([], failure.ChangeMessage),
            ct);
        if (outcome.Deleted)
        {
            await outbox.RunAsync(CancellationToken.None);
        }

        return outcome;
    }
}
