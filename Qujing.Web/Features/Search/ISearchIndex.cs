namespace Qujing.Web.Features.Search;

/// <summary>
/// The full-text index behind /search: SQLite's FTS5 (<see cref="SqliteSearchIndex"/>) or a tsvector on PostgreSQL
/// (<see cref="PostgresSearchIndex"/>), both over the tokens of <see cref="ChineseTokenizer"/>.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Creates the index's storage if it is not there yet (once, at start-up).</summary>
    Task EnsureCreatedAsync(CancellationToken ct);

    /// <summary>Replaces the whole index with these documents, atomically.</summary>
    Task RebuildAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct);

    /// <summary>True when the index holds no documents (a new or an upgraded database).</summary>
    Task<bool> IsEmptyAsync(CancellationToken ct);

    /// <summary>Documents matching every term (<see cref="ChineseTokenizer.Terms"/>, never empty), best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct);
}
