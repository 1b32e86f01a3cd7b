namespace Qujing.Web.Search;

/// <summary>
/// The full-text index behind /search. SQLite's FTS5 implements it today; a PostgreSQL implementation can
/// replace it without touching the rest of the site.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Creates the index's storage if it is not there yet (once, at start-up).</summary>
    Task EnsureCreatedAsync(CancellationToken ct);

    /// <summary>Replaces the whole index with these documents, atomically.</summary>
    Task RebuildAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct);

    /// <summary>True when the index holds no documents (a new or an upgraded database).</summary>
    Task<bool> IsEmptyAsync(CancellationToken ct);

    /// <summary>Documents matching every term of the query, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string match, int limit, CancellationToken ct);
}
