using Qujing.Web.Data;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Editing;

/// <summary>
/// What the editing machinery needs to know about one kind of content (sections, schools …): how to load an item,
/// take a snapshot of it for a revision, check an editor's input, and apply a revision to the live item.
/// </summary>
public interface IContentKind<TEntity, TContent>
    where TEntity : class, IEditable
    where TContent : class
{
    /// <summary>The revision's item type ("section").</summary>
    string ItemType { get; }

    /// <summary>The admin route segment and the public route's controller ("sections").</summary>
    string Plural { get; }

    /// <summary>The Chinese name editors see ("栏目").</summary>
    string Label { get; }

    /// <summary>The item, tracked and with what <see cref="ApplyAsync"/> changes; trashed items too.</summary>
    Task<TEntity?> FindAsync(QujingDbContext db, int id, CancellationToken ct);

    IQueryable<TEntity> All(QujingDbContext db);

    TContent Snapshot(TEntity item);

    string TitleOf(TContent content);

    /// <summary>The address the content gives the item, or null for kinds without an address of their own.</summary>
    string? SlugOf(TContent content);

    /// <summary>
    /// Where readers see the item: its page, or the page and anchor that show it; null when it has no place of its
    /// own (a quote not attached to a school). Items loaded by <see cref="All"/> or <see cref="FindAsync"/> suffice.
    /// </summary>
    string? PublicUrl(TEntity item);

    /// <summary>False for the feature itself, which cannot go to the trash.</summary>
    bool CanTrash => true;

    /// <summary>False for the feature itself: there is exactly one.</summary>
    bool CanCreate => true;

    /// <summary>True where readers see the items in an order editors set (sections): the list offers moving them.</summary>
    bool CanReorder => false;

    /// <summary>
    /// A new, empty item placed after every other of its kind (not added to the context); <see cref="ApplyAsync"/> then
    /// gives it its first content.
    /// </summary>
    Task<TEntity> NewAsync(QujingDbContext db, CancellationToken ct);

    /// <summary>Rules that need the database (a free slug, a known county), as messages keyed by field.</summary>
    Task<Dictionary<string, string>> ValidateAsync(QujingDbContext db, TEntity item, TContent content, CancellationToken ct);

    /// <summary>Puts the content on the item (not saved: a preview applies it and throws it away).</summary>
    Task ApplyAsync(QujingDbContext db, TEntity item, TContent content, CancellationToken ct);

    /// <summary>
    /// True when a change from <paramref name="before"/> to <paramref name="after"/> shows only on the item's own
    /// pages (so only they, the home page, search and the feed need evicting); false evicts everything.
    /// </summary>
    bool IsLocalChange(TContent before, TContent after);
}
