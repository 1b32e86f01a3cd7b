using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Editing.Desk;

/// <summary>Lists one kind through its <see cref="IContentKind{TEntity,TContent}"/>: titles as its editors see them.</summary>
public sealed class ContentListing<TEntity, TContent>(IContentKind<TEntity, TContent> kind, QujingDbContext db, RevisionStore revisions) : IContentListing
    where TEntity : class, IEditable
    where TContent : class
{
    public string ItemType => kind.ItemType;

    public string Plural => kind.Plural;

    public string Label => kind.Label;

    public bool CanCreate => kind.CanCreate;

    public async Task<IReadOnlyList<DeskItem>> ItemsAsync(CancellationToken ct)
    {
        var latest = await revisions.LatestNumbersAsync(kind.ItemType, ct);
        var items = await kind.All(db).AsNoTracking().ToListAsync(ct);
        return [.. items.Select(item =>
        {
            return new DeskItem(kind.ItemType, kind.Plural, kind.Label, item.Id, kind.TitleOf(kind.Snapshot(item)), item.Slug,
                item.PublishedRevision, latest.GetValueOrDefault(item.Id), item.DeletedAt is not null, item.ReadersSee ? kind.PublicUrl(item) : null);
        })];
    }
}
