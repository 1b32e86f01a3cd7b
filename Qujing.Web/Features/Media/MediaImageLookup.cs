using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;

namespace Qujing.Web.Features.Media;

/// <summary>
/// Reads photos' sizes and words from the database when a text that shows them is rendered: pages read them in one
/// asynchronous query before the (synchronous) renderer runs; only the admin form's inline preview reads synchronously.
/// Only texts that name library photos query at all, and rendered pages are cached.
/// </summary>
public sealed class MediaImageLookup(IServiceScopeFactory scopes) : IMediaImages
{
    public IReadOnlyDictionary<int, MediaImage> Find(IReadOnlyCollection<int> ids)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<int, MediaImage>();
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QujingDbContext>();
        return db.MediaItems.AsNoTracking().Where(m => ids.Contains(m.Id)).AsEnumerable().ToDictionary(m => m.Id, MediaImage.Of);
    }

    public async Task<IReadOnlyDictionary<int, MediaImage>> FindAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<int, MediaImage>();
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QujingDbContext>();
        return (await db.MediaItems.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(ct)).ToDictionary(m => m.Id, MediaImage.Of);
    }
}
