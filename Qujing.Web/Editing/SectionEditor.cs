using Microsoft.EntityFrameworkCore;
using Qujing.Web.Accounts;
using Qujing.Web.Caching;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Search;

namespace Qujing.Web.Editing;

/// <summary>
/// Drafts, publishing, restoring and the trash for sections. Every save is a new revision; readers see only the
/// published one; a save based on an older revision than the latest is refused as a conflict, never applied.
/// </summary>
public sealed class SectionEditor(QujingDbContext db, RevisionStore revisions, PageCache pages, SearchIndexer search, AuditLog audit, TimeProvider clock)
{
    private const string Type = SectionContent.ItemType;

    public Task<Section?> FindAsync(int id, CancellationToken ct) => db.Sections.IgnoreQueryFilters().SingleOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>The newest revision's content and number (a draft if it is newer than the published one).</summary>
    public async Task<(SectionContent Content, int Number)> LatestAsync(Section section, CancellationToken ct)
    {
        var number = await revisions.LatestNumberAsync(Type, section.Id, ct);
        return number == 0 || await revisions.GetAsync(Type, section.Id, number, ct) is not { } revision
            ? (SectionContent.Of(section), 0)
            : (RevisionStore.Read<SectionContent>(revision), number);
    }

    public async Task<SaveOutcome> SaveDraftAsync(Section section, SectionContent content, int basedOn, string user, CancellationToken ct)
    {
        var latest = await revisions.LatestNumberAsync(Type, section.Id, ct);
        if (latest != basedOn)
        {
            var theirs = await revisions.GetAsync(Type, section.Id, latest, ct);
            return new SaveOutcome.Conflict(latest, RevisionStore.Read<SectionContent>(theirs!), theirs!.Author);
        }

        if (await SlugTakenAsync(section.Id, content.Slug, ct))
        {
            return new SaveOutcome.Invalid(new Dictionary<string, string> { [nameof(SectionContent.Slug)] = $"网址名“{content.Slug}”已被其他栏目使用。" });
        }

        var revision = await revisions.AddAsync(Type, section.Id, content, user, "编辑", ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another editor took the same revision number between our read and our write.
            db.ChangeTracker.Clear();
            return await SaveDraftAsync(section, content, basedOn, user, ct);
        }

        await audit.RecordAsync(user, "保存草稿", $"{content.Heading}（第 {revision.Number} 版）", Type, section.Id, ct);
        return new SaveOutcome.Saved(revision.Number);
    }

    /// <summary>Makes a revision live: readers see it on their very next request.</summary>
    public async Task PublishAsync(Section section, int number, string user, CancellationToken ct)
    {
        var revision = await revisions.GetAsync(Type, section.Id, number, ct) ?? throw new InvalidOperationException($"No revision {number}.");
        var content = RevisionStore.Read<SectionContent>(revision);
        var (oldSlug, oldHeading) = (section.Slug, section.Heading);
        section.Heading = content.Heading;
        section.Slug = content.Slug;
        section.BodyMarkdown = content.BodyMarkdown;
        section.PublishedRevision = number;
        if (oldSlug != content.Slug)
        {
            await RedirectAsync(oldSlug, content.Slug, ct);
        }

        await TouchFeatureAsync(ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, "发布", $"{content.Heading}（第 {number} 版）", Type, section.Id, ct);
        await AfterChangeAsync(oldSlug, oldHeading == content.Heading && oldSlug == content.Slug, ct);
    }

    /// <summary>Saves an old revision again as the newest draft; nothing is overwritten.</summary>
    public async Task<int> RestoreAsync(Section section, int number, string user, CancellationToken ct)
    {
        var old = await revisions.GetAsync(Type, section.Id, number, ct) ?? throw new InvalidOperationException($"No revision {number}.");
        var revision = await revisions.AddAsync(Type, section.Id, RevisionStore.Read<SectionContent>(old), user, $"恢复自第 {number} 版", ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, "恢复版本", $"第 {number} 版恢复为第 {revision.Number} 版（草稿）", Type, section.Id, ct);
        return revision.Number;
    }

    public async Task TrashAsync(Section section, string user, CancellationToken ct)
    {
        section.DeletedAt = clock.GetUtcNow();
        await TouchFeatureAsync(ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, "移入回收站", section.Heading, Type, section.Id, ct);
        await AfterChangeAsync(section.Slug, onlyThisPage: false, ct);
    }

    public async Task UntrashAsync(Section section, string user, CancellationToken ct)
    {
        section.DeletedAt = null;
        await TouchFeatureAsync(ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, "从回收站恢复", section.Heading, Type, section.Id, ct);
        await AfterChangeAsync(section.Slug, onlyThisPage: false, ct);
    }

    private Task<bool> SlugTakenAsync(int id, string slug, CancellationToken ct) =>
        db.Sections.IgnoreQueryFilters().AnyAsync(s => s.Slug == slug && s.Id != id, ct);

    /// <summary>The old address redirects to the new one; older redirects are pointed straight at it (no chains).</summary>
    private async Task RedirectAsync(string oldSlug, string newSlug, CancellationToken ct)
    {
        var existing = await db.SlugRedirects.Where(r => r.ItemType == Type && (r.NewSlug == oldSlug || r.OldSlug == newSlug || r.OldSlug == oldSlug)).ToListAsync(ct);
        foreach (var redirect in existing)
        {
            if (redirect.OldSlug == newSlug || redirect.OldSlug == oldSlug)
            {
                db.SlugRedirects.Remove(redirect);
            }
            else
            {
                redirect.NewSlug = newSlug;
            }
        }

        db.SlugRedirects.Add(new SlugRedirect { ItemType = Type, OldSlug = oldSlug, NewSlug = newSlug });
    }

    /// <summary>Publishing changes the validators (ETag, Last-Modified) of every page rendered after it.</summary>
    private async Task TouchFeatureAsync(CancellationToken ct)
    {
        var feature = await db.Features.OrderBy(f => f.Id).FirstAsync(ct);
        feature.PublishedAt = clock.GetUtcNow();
    }

    /// <summary>
    /// A body-only change shows on the section's page, the home page's card, search and the feed; a new heading or
    /// address, or a section appearing or going, shows in every page's header, so everything is evicted.
    /// </summary>
    private async Task AfterChangeAsync(string slug, bool onlyThisPage, CancellationToken ct)
    {
        await search.RebuildAsync(ct);
        await pages.EvictAsync(onlyThisPage
            ? [CacheTags.Item("sections", slug), CacheTags.Page("home"), CacheTags.Page("search"), CacheTags.Page("feeds")]
            : [CacheTags.Content], ct);
    }
}
