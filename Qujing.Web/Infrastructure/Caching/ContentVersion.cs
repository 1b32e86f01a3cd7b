using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;

namespace Qujing.Web.Infrastructure.Caching;

/// <summary>
/// When readers last saw a change (the feature's <c>PublishedAt</c>, moved by every publish, the trash and the order of
/// sections: <c>Features/Editing/ReaderVisibleChange</c>), read once per request from the database — so every instance sees
/// the same version — and shared by the page's validators and the page frame.
/// </summary>
public sealed class ContentVersion(QujingDbContext db)
{
    private Task<DateTimeOffset?>? _read;

    /// <summary>The version; null before the first import has stored the feature.</summary>
    public Task<DateTimeOffset?> ReadAsync(CancellationToken ct) =>
        _read ??= db.TheFeature.AsNoTracking().Select(f => (DateTimeOffset?)f.PublishedAt).FirstOrDefaultAsync(ct);
}
