using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Features.Publishing;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Features.Editing;

/// <summary>
/// Drafts, publishing, restoring and the trash, for any kind of content. Every save is a new revision; readers see
/// only the published one; a save based on an older revision than the latest is refused as a conflict, never applied.
/// </summary>
public sealed class ContentEditor<TEntity, TContent>(
    IContentKind<TEntity, TContent> kind, QujingDbContext db, RevisionStore revisions, Outbox outbox, AuditLog audit, TimeProvider clock)
    where TEntity : class, IEditable
    where TContent : class
{
    public IContentKind<TEntity, TContent> Kind => kind;

    public Task<TEntity?> FindAsync(int id, CancellationToken ct) => kind.FindAsync(db, id, ct);

    /// <summary>The newest revision's content and number (a draft if it is newer than the published one).</summary>
    public async Task<(TContent Content, int Number)> LatestAsync(TEntity item, CancellationToken ct)
    {
        var number = await revisions.LatestNumberAsync(kind.ItemType, item.Id, ct);
        return await ContentAsync(item, number, ct) is { } content ? (content, number) : (kind.Snapshot(item), 0);
    }

    public async Task<TContent?> ContentAsync(TEntity item, int number, CancellationToken ct) =>
        await revisions.GetAsync(kind.ItemType, item.Id, number, ct) is { } revision ? RevisionStore.Read<TContent>(revision) : null;

    public Task<SaveOutcome> SaveDraftAsync(TEntity item, TContent content, int basedOn, string user, CancellationToken ct) =>
        SaveDraftAsync(item, content, basedOn, user, "编辑", ct);

    /// <param name="note">Why the revision was saved, as the history shows it ("编辑", "重新导入").</param>
    public async Task<SaveOutcome> SaveDraftAsync(TEntity item, TContent content, int basedOn, string user, string note, CancellationToken ct)
    {
        var latest = await revisions.LatestNumberAsync(kind.ItemType, item.Id, ct);
        if (latest != basedOn)
        {
            var theirs = await revisions.GetAsync(kind.ItemType, item.Id, latest, ct);
            return new SaveOutcome.Conflict(latest, RevisionStore.Read<TContent>(theirs!), theirs!.Author);
        }

        if (OwnRuleErrors(content) is { Count: > 0 } refused)
        {
            return new SaveOutcome.Invalid(refused);
        }

        if (await kind.ValidateAsync(db, item, content, ct) is { Count: > 0 } errors)
        {
            return new SaveOutcome.Invalid(errors);
        }

        var revision = revisions.Add(kind.ItemType, item.Id, basedOn + 1, content, user, note);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another editor took the same revision number between our read and our write: theirs wins, ours is a
            // conflict. Any other failure is not ours to hide.
            if (!await TakenMeanwhileAsync(revision, ct))
            {
                throw;
            }

            return await SaveDraftAsync(item, content, basedOn, user, note, ct);
        }

        await audit.RecordAsync(user, "保存草稿", $"{kind.TitleOf(content)}（第 {revision.Number} 版）", kind.ItemType, item.Id, ct);
        return new SaveOutcome.Saved(revision.Number);
    }

    /// <summary>
    /// The content's own rules (required fields, lengths, Markdown nesting), checked here too because not every save
    /// comes through a form whose model binding has checked them already (re-import does not).
    /// </summary>
    private static Dictionary<string, string> OwnRuleErrors(TContent content)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(content, new ValidationContext(content), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames.Select(field => (field, message: r.ErrorMessage ?? "")))
            .DistinctBy(e => e.field).ToDictionary(e => e.field, e => e.message);
    }

    /// <summary>True when the failed insert lost a race for its revision number (any other failure is rethrown).</summary>
    private async Task<bool> TakenMeanwhileAsync(Revision revision, CancellationToken ct)
    {
        db.Entry(revision).State = EntityState.Detached;
        return await revisions.LatestNumberAsync(kind.ItemType, revision.ItemId, ct) >= revision.Number;
    }

    /// <summary>Makes a revision live: readers see it on their very next request.</summary>
    public Task PublishAsync(TEntity item, int number, string user, CancellationToken ct) => PublishAsync(item, number, user, refresh: true, ct);

    /// <param name="refresh">False when the caller changes many items and refreshes search and caches once at the end.</param>
    public async Task PublishAsync(TEntity item, int number, string user, bool refresh, CancellationToken ct)
    {
        await PublishCoreAsync(item, number, user, "发布", refresh, ct);
        if (refresh)
        {
            await outbox.RunAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Publishes inside the caller's transaction, as a manual publish does in every respect (the item, its redirects, the
    /// audit entry, the follow-up work recorded in the outbox) except that the follow-up work is left for the caller to run
    /// after its commit: run before it, it could show readers a change that then rolls back.
    /// </summary>
    /// <param name="action">The audit entry's action ("定时发布").</param>
    public Task PublishWithinTransactionAsync(TEntity item, int number, string user, string action, CancellationToken ct) =>
        PublishCoreAsync(item, number, user, action, refresh: true, ct);

    private async Task PublishCoreAsync(TEntity item, int number, string user, string action, bool refresh, CancellationToken ct)
    {
        var content = await ContentAsync(item, number, ct) ?? throw new InvalidOperationException($"No revision {number}.");
        var before = kind.Snapshot(item);
        var oldSlug = item.Slug;
        // A first publish adds the item to lists, the navigation and the sitemap: never a change to its own page only.
        var local = item.PublishedRevision > 0 && kind.IsLocalChange(before, content);
        await kind.ApplyAsync(db, item, content, ct);
        item.PublishedRevision = number;
        if (kind.SlugOf(content) is { } newSlug && newSlug != oldSlug)
        {
            await RedirectAsync(oldSlug, newSlug, ct);
        }

        await TouchFeatureAsync(ct);
        if (refresh)
        {
            RecordFollowUp(oldSlug, local);
        }

        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, action, $"{kind.TitleOf(content)}（第 {number} 版）", kind.ItemType, item.Id, ct);
    }

    /// <summary>Saves an old revision again as the newest draft; nothing is overwritten.</summary>
    public async Task<int> RestoreAsync(TEntity item, int number, string user, CancellationToken ct)
    {
        var content = await ContentAsync(item, number, ct) ?? throw new InvalidOperationException($"No revision {number}.");
        var revision = await revisions.AddAsync(kind.ItemType, item.Id, content, user, $"恢复自第 {number} 版", ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, "恢复版本", $"第 {number} 版恢复为第 {revision.Number} 版（草稿）", kind.ItemType, item.Id, ct);
        return revision.Number;
    }

    public Task SetTrashedAsync(TEntity item, bool trashed, string user, CancellationToken ct) => SetTrashedAsync(item, trashed, user, refresh: true, ct);

    /// <param name="refresh">False when the caller changes many items and refreshes search and caches once at the end.</param>
    public async Task SetTrashedAsync(TEntity item, bool trashed, string user, bool refresh, CancellationToken ct)
    {
        item.DeletedAt = trashed ? clock.GetUtcNow() : null;
        await TouchFeatureAsync(ct);
        if (refresh)
        {
            RecordFollowUp(item.Slug, localChange: false);
        }

        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(user, trashed ? "移入回收站" : "从回收站恢复", kind.TitleOf(kind.Snapshot(item)), kind.ItemType, item.Id, ct);
        if (refresh)
        {
            await outbox.RunAsync(CancellationToken.None);
        }
    }

    /// <summary>The old address redirects to the new one; older redirects are pointed straight at it (no chains).</summary>
    private async Task RedirectAsync(string oldSlug, string newSlug, CancellationToken ct)
    {
        var type = kind.ItemType;
        foreach (var redirect in await db.SlugRedirects.Where(r => r.ItemType == type && (r.NewSlug == oldSlug || r.OldSlug == newSlug || r.OldSlug == oldSlug)).ToListAsync(ct))
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

        db.SlugRedirects.Add(new SlugRedirect { ItemType = type, OldSlug = oldSlug, NewSlug = newSlug });
    }

    private Task TouchFeatureAsync(CancellationToken ct) => ReaderVisibleChange.MarkAsync(db, clock, ct);

    /// <summary>
    /// The search rebuild and cache eviction the change needs, committed with it (see <see cref="Outbox"/>). Run after the
    /// commit with no cancellation: the change is live, and the editor leaving must not leave readers on old pages.
    /// </summary>
    private void RecordFollowUp(string slug, bool localChange) =>
        outbox.Record(localChange
            ? [CacheTags.Item(kind.Plural, slug), CacheTags.Page("home"), CacheTags.Page("search"), CacheTags.Page("feeds")]
            : [CacheTags.Content]);
}
