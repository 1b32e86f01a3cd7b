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
    /// <summary>
    /// Compiled once: every page the cache does not answer reads the version, and through LINQ each read cost about a
    /// fifth of a 404 page's CPU, most of it EF Core finding its cached plan for the expression (decision 0033).
    /// </summary>
    private static readonly Func<QujingDbContext, CancellationToken, Task<DateTimeOffset?>> Query = EF.CompileAsyncQuery(
        (QujingDbContext context, CancellationToken ct) => context.TheFeature.AsNoTracking().Select(f => (DateTimeOffset?)f.PublishedAt).FirstOrDefault());

    private Task<DateTimeOffset?>? _read;

    /// <summary>The version; null before the first import has stored the feature.</summary>
    public Task<DateTimeOffset?> ReadAsync(CancellationToken ct) => _read ??= Query(db, ct);
}
