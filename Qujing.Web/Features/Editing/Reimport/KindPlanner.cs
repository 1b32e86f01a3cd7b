using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing.Merging;

namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>
/// One kind's part of a re-import: matches the new text's items to the site's by identity, decides what each change
/// is (a three-way comparison: the last import, the editors' latest revision, the new text), and applies the Admin's
/// decision through the same editor every save goes through, so history, audit and drafts work as for any edit.
/// </summary>
public sealed class KindPlanner<TEntity, TContent>(ContentEditor<TEntity, TContent> editor, QujingDbContext db, RevisionStore revisions, TimeProvider clock)
    where TEntity : class, IEditable
    where TContent : class
{
    /// <summary>The author of the revisions the first import wrote.</summary>
    private const string ImportAuthor = "导入";

    private static readonly PropertyInfo[] TextFields = [.. typeof(TContent).GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite)];

    private readonly Dictionary<int, ImportedBase> _bases = [];
    private readonly Dictionary<string, (TEntity Item, TContent Base)> _byKey = new(StringComparer.Ordinal);

    public string ItemType => editor.Kind.ItemType;

    /// <summary>The site's key for each imported item (item id → key), once <see cref="LoadAsync"/> has run.</summary>
    public Dictionary<int, string> Keys { get; } = [];

    /// <summary>
    /// Reads the site's imported items. An item imported before bases were recorded gets its base from its first
    /// revision (the import's) and its key from <paramref name="stemOfUnrecorded"/>, numbered in id order (the import's order).
    /// </summary>
    public async Task LoadAsync(Func<TEntity, TContent, string> stemOfUnrecorded, CancellationToken ct)
    {
        var type = editor.Kind.ItemType;
        foreach (var recorded in await db.ImportedBases.Where(b => b.ItemType == type).ToListAsync(ct))
        {
            _bases[recorded.ItemId] = recorded;
        }

        var ids = await editor.Kind.All(db).Select(i => i.Id).ToListAsync(ct);
        var firsts = await db.Revisions.AsNoTracking().Where(r => r.ItemType == type && r.Number == 1 && r.Author == ImportAuthor).ToDictionaryAsync(r => r.ItemId, ct);
        var unrecorded = new List<(TEntity Item, TContent Base)>();
        foreach (var id in ids.Order())
        {
            var item = (await editor.FindAsync(id, ct))!;
            if (_bases.TryGetValue(id, out var recorded))
            {
                Remember(recorded.Key, item, RevisionStore.Read<TContent>(recorded.ContentJson));
            }
            else if (firsts.TryGetValue(id, out var first))
            {
                unrecorded.Add((item, RevisionStore.Read<TContent>(first)));
            }
        }

        var keys = ImportKeys.Numbered(unrecorded.Select(u => stemOfUnrecorded(u.Item, u.Base)));
        for (var i = 0; i < unrecorded.Count; i++)
        {
            // A key already taken by a recorded item cannot be told apart: that item stays the editors' own.
            if (!_byKey.ContainsKey(keys[i]))
            {
                Remember(keys[i], unrecorded[i].Item, unrecorded[i].Base);
            }
        }
    }

    private void Remember(string key, TEntity item, TContent @base)
    {
        _byKey[key] = (item, @base);
        Keys[item.Id] = key;
    }

    /// <param name="incoming">The new text's items of this kind, in text order.</param>
    /// <param name="adopt">The new content with what belongs to the site kept (an item's address is not the text's to change).</param>
    /// <param name="sameItem">For items whose key has changed in the text: does this base describe this new item (null: keys only)?</param>
    /// <param name="create">Makes a new item from the importer's entity (added to the context, links resolved) and says what to store as its content.</param>
    /// <param name="relink">Points a matched item's links (section, paragraph, school) where the new text puts them; done only when publishing now.</param>
    public async Task<List<PlannedChange>> PlanAsync(
        IReadOnlyList<IncomingItem<TContent>> incoming,
        Func<TEntity, TContent, TContent> adopt,
        Func<TContent, TContent, bool>? sameItem,
        Func<IncomingItem<TContent>, ApplyContext, CancellationToken, Task<(TEntity Item, TContent Content)>> create,
        Action<TEntity, IEditable, ApplyContext>? relink,
        CancellationToken ct)
    {
        var unmatched = new Dictionary<string, (TEntity Item, TContent Base)>(_byKey, StringComparer.Ordinal);
        var pairs = new List<(IncomingItem<TContent> New, (TEntity Item, TContent Base)? Old)>();
        foreach (var item in incoming)
        {
            pairs.Add((item, unmatched.Remove(item.Key, out var old) ? old : null));
        }

        if (sameItem is not null)
        {
            for (var i = 0; i < pairs.Count; i++)
            {
                if (pairs[i].Old is null && unmatched.FirstOrDefault(u => sameItem(u.Value.Base, pairs[i].New.Content)) is { Key: { } key } found)
                {
                    unmatched.Remove(key);
                    pairs[i] = (pairs[i].New, found.Value);
                }
            }
        }

        var plan = new List<PlannedChange>();
        foreach (var (item, old) in pairs)
        {
            plan.Add(old is { } o ? await MatchedAsync(item, o.Item, o.Base, adopt, relink, ct) : Added(item, create));
        }

        foreach (var (key, (item, @base)) in unmatched.Where(u => u.Value.Item.DeletedAt is null))
        {
            plan.Add(await RemovedAsync(key, item, @base, ct));
        }

        return plan;
    }

    private async Task<PlannedChange> MatchedAsync(
        IncomingItem<TContent> incoming, TEntity item, TContent @base, Func<TEntity, TContent, TContent> adopt, Action<TEntity, IEditable, ApplyContext>? relink, CancellationToken ct)
    {
        var wanted = adopt(item, incoming.Content);
        var (latest, number) = await editor.LatestAsync(item, ct);
        var live = item.PublishedRevision > 0 ? await editor.ContentAsync(item, item.PublishedRevision, ct) : null;
        var trashed = item.DeletedAt is not null;
        var edited = trashed || !Equals(latest, @base);
        var merge = new ContentMerge<TContent>(@base, wanted, latest);
        var kind = Equals(wanted, @base) || Equals(wanted, latest) && !trashed ? ChangeKind.Unchanged : edited ? ChangeKind.Conflict : ChangeKind.Update;
        var canMerge = kind == ChangeKind.Conflict && !trashed && !merge.HasConflicts;
        IReadOnlyList<ReimportChoice> choices = kind switch
        {
            ChangeKind.Conflict when canMerge => [ReimportChoice.Merge, ReimportChoice.Keep, ReimportChoice.Take],
            ChangeKind.Conflict => [ReimportChoice.Keep, ReimportChoice.Take],
            _ => [ReimportChoice.Take],
        };

        return new PlannedChange
        {
            ItemType = ItemType, KindLabel = editor.Kind.Label, Title = editor.Kind.TitleOf(latest), Key = incoming.Key, ItemId = item.Id,
            Source = incoming.Source, Kind = kind, EditedSinceImport = edited, InTrash = trashed, IsPublished = item.PublishedRevision > 0,
            LatestNumber = number, PublishedNumber = item.PublishedRevision, Choices = choices, DefaultChoice = choices[0],
            Fields = kind == ChangeKind.Unchanged ? [] : Compare(live, wanted, edited ? (@base, latest) : null),
            Apply = async (choice, context, token) =>
            {
                context.Place(incoming.Source, item.Id);
                RecordBase(item.Id, incoming.Key, wanted);
                var content = (kind, choice) switch
                {
                    (ChangeKind.Update, _) or (ChangeKind.Conflict, ReimportChoice.Take) => wanted,
                    (ChangeKind.Conflict, ReimportChoice.Merge) => merge.Resolve(new Dictionary<string, IReadOnlyList<ConflictChoice>>(), @base),
                    _ => null,
                };
                if (context.PublishNow && !trashed)
                {
                    relink?.Invoke(item, incoming.Source, context);
                }

                if (content is not null)
                {
                    if (trashed)
                    {
                        await editor.SetTrashedAsync(item, false, context.User, refresh: false, token);
                    }

                    await SaveAsync(item, content, number, choice == ReimportChoice.Merge ? "重新导入（合并）" : "重新导入", context, token);
                }
            },
        };
    }

    private PlannedChange Added(IncomingItem<TContent> incoming, Func<IncomingItem<TContent>, ApplyContext, CancellationToken, Task<(TEntity Item, TContent Content)>> create) => new()
    {
        ItemType = ItemType, KindLabel = editor.Kind.Label, Title = editor.Kind.TitleOf(incoming.Content), Key = incoming.Key,
        Source = incoming.Source, Kind = ChangeKind.Add, Choices = [ReimportChoice.Take], DefaultChoice = ReimportChoice.Take,
        Fields = Compare(null, incoming.Content, null),
        Apply = async (_, context, token) =>
        {
            var (item, content) = await create(incoming, context, token);
            await db.SaveChangesAsync(token);
            revisions.Add(ItemType, item.Id, 1, content, context.User, "重新导入（新增）");
            item.PublishedRevision = context.PublishNow ? 1 : 0;
            context.Place(incoming.Source, item.Id);
            RecordBase(item.Id, incoming.Key, content);
            await db.SaveChangesAsync(token);
        },
    };

    private async Task<PlannedChange> RemovedAsync(string key, TEntity item, TContent @base, CancellationToken ct)
    {
        var (latest, number) = await editor.LatestAsync(item, ct);
        var live = item.PublishedRevision > 0 ? await editor.ContentAsync(item, item.PublishedRevision, ct) : null;
        var edited = !Equals(latest, @base);
        IReadOnlyList<ReimportChoice> choices = edited ? [ReimportChoice.Keep, ReimportChoice.Trash] : [ReimportChoice.Trash, ReimportChoice.Keep];
        return new PlannedChange
        {
            ItemType = ItemType, KindLabel = editor.Kind.Label, Title = editor.Kind.TitleOf(latest), Key = key, ItemId = item.Id,
            Kind = ChangeKind.Remove, EditedSinceImport = edited, IsPublished = item.PublishedRevision > 0, LatestNumber = number,
            PublishedNumber = item.PublishedRevision, Choices = editor.Kind.CanTrash ? choices : [ReimportChoice.Keep],
            DefaultChoice = editor.Kind.CanTrash ? choices[0] : ReimportChoice.Keep, Fields = Compare(live, null, null),
            Apply = async (choice, context, token) =>
            {
                if (choice == ReimportChoice.Trash)
                {
                    await editor.SetTrashedAsync(item, true, context.User, refresh: false, token);
                }
            },
        };
    }

    private async Task SaveAsync(TEntity item, TContent content, int basedOn, string note, ApplyContext context, CancellationToken ct)
    {
        switch (await editor.SaveDraftAsync(item, content, basedOn, context.User, note, ct))
        {
            case SaveOutcome.Saved saved when context.PublishNow:
                await editor.PublishAsync(item, saved.Number, context.User, refresh: false, ct);
                break;
            case SaveOutcome.Saved:
                break;
            case SaveOutcome.Conflict:
                throw new ReimportOutdatedException();
            case SaveOutcome.Invalid invalid:
                throw new ReimportInvalidException($"{editor.Kind.Label}“{editor.Kind.TitleOf(content)}”：{string.Join("；", invalid.Errors.Values)}");
        }
    }

    private void RecordBase(int id, string key, TContent content)
    {
        if (!_bases.TryGetValue(id, out var row))
        {
            db.ImportedBases.Add(row = _bases[id] = new ImportedBase { ItemType = ItemType, ItemId = id });
        }

        (row.Key, row.ContentJson, row.ImportedAt) = (key, RevisionStore.Write(content), clock.GetUtcNow());
    }

    /// <summary>The fields that differ between live and incoming (or, for a removal, what is live), with diffs.</summary>
    private static List<ComparedField> Compare(TContent? live, TContent? incoming, (TContent Base, TContent Latest)? edits) =>
        [.. TextFields
            .Select(f => (Field: f, Live: Text(f, live), Incoming: Text(f, incoming)))
            .Where(x => x.Live != x.Incoming || edits is { } e && Text(x.Field, e.Base) != Text(x.Field, e.Latest))
            .Select(x => new ComparedField(
                x.Field.GetCustomAttribute<DisplayAttribute>()?.Name ?? x.Field.Name, x.Live, x.Incoming, CharacterDiff.Html(x.Live, x.Incoming),
                edits is { } e && Text(x.Field, e.Base) != Text(x.Field, e.Latest) ? CharacterDiff.Html(Text(x.Field, e.Base), Text(x.Field, e.Latest)) : null))];

    private static string Text(PropertyInfo field, TContent? content) => content is null ? "" : field.GetValue(content) as string ?? "";
}
