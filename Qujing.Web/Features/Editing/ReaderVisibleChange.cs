using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;

namespace Qujing.Web.Features.Editing;

/// <summary>
/// Every change a reader can see (a publish, the trash, the order of sections) moves the feature's
/// <c>PublishedAt</c>, which is what every public page's ETag and Last-Modified are made from: a browser holding an
/// old copy gets the new page, never a 304. Saved with the caller's changes.
/// </summary>
public static class ReaderVisibleChange
{
    public static async Task MarkAsync(QujingDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var feature = await db.TheFeature.FirstAsync(ct);
        feature.PublishedAt = clock.GetUtcNow();
    }
}
