using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;

namespace Qujing.Web.Photos;

/// <summary>
/// Reads photos' sizes and words from the database when a text that shows them is rendered. Synchronous because the
/// renderer is (it runs inside views and the search indexer); it only runs for texts that contain library images, and
/// rendered pages are cached.
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
}
