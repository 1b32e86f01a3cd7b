using Microsoft.EntityFrameworkCore;
using Qujing.Web.Accounts;
using Qujing.Web.Caching;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Publishing;

namespace Qujing.Web.Photos;

/// <summary>The media library's changes: add, describe and delete photos, each audited; pages that show them are evicted.</summary>
public sealed class MediaLibrary(QujingDbContext db, Outbox outbox, AuditLog audit, TimeProvider clock)
{
    public Task<List<MediaItem>> ListAsync(CancellationToken ct) =>
        db.MediaItems.AsNoTracking().OrderByDescending(m => m.Id).ToListAsync(ct);

    public Task<MediaItem?> FindAsync(int id, CancellationToken ct) => db.MediaItems.SingleOrDefaultAsync(m => m.Id == id, ct);

    public async Task<MediaItem> AddAsync(ProcessedImage image, string fileName, MediaDetails details, string user, CancellationToken ct)
    {
        var item = new MediaItem
        {
            FileName = fileName.Length > MediaLimits.FileName ? fileName[..MediaLimits.FileName] : fileName,
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

    /// <summary>Where readers see the photo now: a lead image, or an image in a published text.</summary>
    public async Task<List<string>> UsesAsync(int id, CancellationToken ct)
    {
        // The address as Markdown ends it: a closing bracket, a title, or the end of a reference definition's line.
        var url = MediaUrls.Of(id);
        string[] ends = [$"{url})", $"{url} ", $"{url}\n"];
        var uses = new List<string>();
        uses.AddRange((await db.Sections.IgnoreQueryFilters().Where(s => s.DeletedAt == null && s.LeadImageId == id).Select(s => s.Heading).ToListAsync(ct)).Select(h => $"栏目“{h}”的题图"));
        uses.AddRange((await db.Schools.IgnoreQueryFilters().Where(s => s.DeletedAt == null && s.LeadImageId == id).Select(s => s.Name).ToListAsync(ct)).Select(n => $"学校“{n}”的题图"));
        uses.AddRange((await db.Sections.IgnoreQueryFilters().Where(s => s.DeletedAt == null && (s.BodyMarkdown.Contains(ends[0]) || s.BodyMarkdown.Contains(ends[1]) || s.BodyMarkdown.Contains(ends[2])))
            .Select(s => s.Heading).ToListAsync(ct)).Select(h => $"栏目“{h}”的正文"));
        uses.AddRange((await db.Schools.IgnoreQueryFilters().Where(s => s.DeletedAt == null && (s.ProfileMarkdown.Contains(ends[0]) || s.ProfileMarkdown.Contains(ends[1]) || s.ProfileMarkdown.Contains(ends[2])))
            .Select(s => s.Name).ToListAsync(ct)).Select(n => $"学校“{n}”的简介"));
        if (await db.Features.AnyAsync(f => f.LeadMarkdown.Contains(ends[0]) || f.LeadMarkdown.Contains(ends[1]) || f.LeadMarkdown.Contains(ends[2]), ct))
        {
            uses.Add("专题导语");
        }

        return uses;
    }

    public async Task DeleteAsync(MediaItem item, string user, CancellationToken ct)
    {
        // Trashed items may still name it as their lead image; they lose it rather than keep a dangling reference.
        await db.Sections.IgnoreQueryFilters().Where(s => s.LeadImageId == item.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LeadImageId, (int?)null), ct);
        await db.Schools.IgnoreQueryFilters().Where(s => s.LeadImageId == item.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LeadImageId, (int?)null), ct);
        db.MediaItems.Remove(item);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, "删除图片", $"{item.FileName}：{item.Alt}", "media", item.Id, ct);
    }
}
