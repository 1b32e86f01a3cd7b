using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Qujing.Web.Data;

namespace Qujing.Web.Features.Search;

/// <summary>
/// The search index on PostgreSQL (decision 0023): table <c>search_passage</c> with a GIN index on its tsvector column
/// <c>doc</c>, made by the PostgreSQL migration. Same semantics as <see cref="SqliteSearchIndex"/>: one- and
/// two-character words are found, terms are ANDed, and <see cref="SearchRanker"/> orders the matches for both.
/// </summary>
public sealed class PostgresSearchIndex(QujingDbContext db) : ISearchIndex
{
    /// <summary>A document's length for the ranker, in characters as SQLite counts them too.</summary>
    private const string Length = "length(title) + length(keywords) + length(body)";

    public Task EnsureCreatedAsync(CancellationToken ct) => Task.CompletedTask; // the migration made it

    public async Task RebuildAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct)
    {
        // An EF transaction takes the write lock (PostgresWriteLock): two instances rebuilding at once take turns, and the
        // second's DELETE sees the first's rows, so the index never holds a document twice.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var delete = new NpgsqlCommand("DELETE FROM search_passage", connection, (NpgsqlTransaction)transaction.GetDbTransaction()))
        {
            await delete.ExecuteNonQueryAsync(ct);
        }

        // One statement for the whole index: the rows as arrays, unnested.
        await using var insert = new NpgsqlCommand(
            "INSERT INTO search_passage (kind, title, url, body, place, keywords, doc) " +
            "SELECT k, t, u, b, p, w, d::tsvector FROM unnest(@kinds, @titles, @urls, @bodies, @places, @keywords, @docs) AS x(k, t, u, b, p, w, d)",
            connection, (NpgsqlTransaction)transaction.GetDbTransaction());
        insert.Parameters.AddWithValue("kinds", documents.Select(d => (int)d.Kind).ToArray());
        insert.Parameters.AddWithValue("titles", documents.Select(d => d.Title).ToArray());
        insert.Parameters.AddWithValue("urls", documents.Select(d => d.Url).ToArray());
        insert.Parameters.AddWithValue("bodies", documents.Select(d => d.Text).ToArray());
        insert.Parameters.AddWithValue("places", documents.Select(d => d.Place).ToArray());
        insert.Parameters.AddWithValue("keywords", documents.Select(d => d.Keywords).ToArray());
        insert.Parameters.AddWithValue("docs", documents.Select(d => PostgresSearchVector.Document(d.Title + "\n" + d.Keywords + "\n" + d.Text)).ToArray());
        await insert.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<bool> IsEmptyAsync(CancellationToken ct) =>
        !await db.Database.SqlQueryRaw<bool>("SELECT EXISTS (SELECT 1 FROM search_passage) AS \"Value\"").SingleAsync(ct);

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            // Every match, ordered by the ranker the SQLite index shares (decision 0023); the GIN index finds each count's rows.
            var candidates = new List<SearchCandidate>();
            await using (var command = new NpgsqlCommand($"SELECT kind, title, url, body, place, keywords, id, {Length} FROM search_passage WHERE doc @@ @query", connection))
            {
                command.Parameters.AddWithValue("query", PostgresSearchVector.Query(terms));
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    candidates.Add(new SearchCandidate(new SearchDocument((SearchKind)reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)),
                        reader.GetInt32(6), reader.GetInt32(7)));
                }
            }

            await using var statistics = new NpgsqlCommand($"SELECT count(*), coalesce(sum({Length}), 0)::bigint" +
                string.Concat(terms.Select((_, i) => $", (SELECT count(*) FROM search_passage WHERE doc @@ @t{i})")) + " FROM search_passage", connection);
            for (var i = 0; i < terms.Count; i++)
            {
                statistics.Parameters.AddWithValue($"t{i}", PostgresSearchVector.Query([terms[i]]));
            }

            await using var row = await statistics.ExecuteReaderAsync(ct);
            await row.ReadAsync(ct);
            var counts = new SearchStatistics(row.GetInt64(0), row.GetInt64(1), [.. terms.Select((_, i) => row.GetInt64(2 + i))]);
            return SearchRanker.Rank(terms, candidates, counts, limit);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
