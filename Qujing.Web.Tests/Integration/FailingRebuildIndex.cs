using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Features.Search;

namespace Qujing.Web.Tests.Integration;

/// <summary>A switch a test turns to make the search rebuild throw, as a bad row once did.</summary>
public sealed class RebuildFault
{
    // Read by the site's requests and retry worker, set by the test: volatile, so each sees the latest.
    private volatile bool _failing = true;

    public bool Failing { get => _failing; set => _failing = value; }
}

/// <summary>The real index of the site's provider, for a test to change what a rebuild does.</summary>
public abstract class SearchIndexWithRebuildHook(QujingDbContext db) : ISearchIndex
{
    private readonly ISearchIndex _index = db.Database.IsNpgsql() ? new PostgresSearchIndex(db) : new SqliteSearchIndex(db);

    public Task EnsureCreatedAsync(CancellationToken ct) => _index.EnsureCreatedAsync(ct);

    public virtual Task RebuildAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct) => _index.RebuildAsync(documents, ct);

    public Task<bool> IsEmptyAsync(CancellationToken ct) => _index.IsEmptyAsync(ct);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct) => _index.SearchAsync(terms, limit, ct);
}

/// <summary>The real index, except that a rebuild throws while the fault is on.</summary>
public sealed class FailingRebuildIndex(QujingDbContext db, RebuildFault fault) : SearchIndexWithRebuildHook(db)
{
    public override Task RebuildAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct) =>
        fault.Failing ? throw new InvalidOperationException("Injected rebuild failure.") : base.RebuildAsync(documents, ct);
}
