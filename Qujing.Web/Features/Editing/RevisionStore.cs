using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Editing;

/// <summary>Saves and reads the revisions of any item; the content is a JSON snapshot of a small record.</summary>
public sealed class RevisionStore(QujingDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    public async Task<int> LatestNumberAsync(string type, int id, CancellationToken ct) =>
        await db.Revisions.Where(r => r.ItemType == type && r.ItemId == id).MaxAsync(r => (int?)r.Number, ct) ?? 0;

    /// <summary>The newest revision number of every item of a type, in one query (item id → number).</summary>
    public Task<Dictionary<int, int>> LatestNumbersAsync(string type, CancellationToken ct) =>
        db.Revisions.Where(r => r.ItemType == type).GroupBy(r => r.ItemId)
            .Select(g => new { ItemId = g.Key, Number = g.Max(r => r.Number) }).ToDictionaryAsync(x => x.ItemId, x => x.Number, ct);

    public Task<Revision?> GetAsync(string type, int id, int number, CancellationToken ct) =>
        db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.ItemType == type && r.ItemId == id && r.Number == number, ct);

    public Task<List<Revision>> HistoryAsync(string type, int id, CancellationToken ct) =>
        db.Revisions.AsNoTracking().Where(r => r.ItemType == type && r.ItemId == id).OrderByDescending(r => r.Number).ToListAsync(ct);

    /// <summary>Adds the next revision after the newest one (not saved until the caller saves the context).</summary>
    public async Task<Revision> AddAsync<T>(string type, int id, T content, string author, string note, CancellationToken ct) =>
        Add(type, id, await LatestNumberAsync(type, id, ct) + 1, content, author, note);

    /// <summary>
    /// Adds revision <paramref name="number"/> (not saved until the caller saves the context). An edit passes the number
    /// after the one its editor saw, never "the newest plus one": then the unique index on (type, item, number) refuses
    /// every save that lost a race, however close, instead of storing it over a revision its editor never saw.
    /// </summary>
    public Revision Add<T>(string type, int id, int number, T content, string author, string note)
    {
        var revision = new Revision
        {
            ItemType = type,
            ItemId = id,
            Number = number,
            ContentJson = Write(content),
            Author = author,
            At = clock.GetUtcNow(),
            Note = note,
        };
        db.Revisions.Add(revision);
        return revision;
    }

    /// <summary>
    /// Revision 1 of items that come from an import, marked published: history starts with the imported text, so an
    /// editor can always get back to it. Not saved until the caller saves the context.
    /// </summary>
    public void AddImported<TEntity>(string type, IEnumerable<TEntity> items, Func<TEntity, object> snapshot)
        where TEntity : IEditable
    {
        // The items are new, so their first revision is number 1: no need to ask the database.
        foreach (var item in items)
        {
            db.Revisions.Add(new Revision
            {
                ItemType = type, ItemId = item.Id, Number = 1, ContentJson = Write(snapshot(item)),
                Author = "导入", At = clock.GetUtcNow(), Note = "导入",
            });
            item.PublishedRevision = 1;
        }
    }

    public static T Read<T>(Revision revision) => Read<T>(revision.ContentJson);

    /// <summary>Content as a revision stores it (also what a re-import keeps as its base).</summary>
    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidOperationException("The stored content is empty.");

    public static string Write<T>(T content) => JsonSerializer.Serialize(content, Json);
}
