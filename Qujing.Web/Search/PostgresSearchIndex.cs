using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Qujing.Web.Data;

namespace Qujing.Web.Search;

/// <summary>
/// The search index on PostgreSQL (decision 0023): table <c>search_passage</c> with a GIN index on its tsvector column
/// <c>doc</c>, made by the PostgreSQL migration. Same semantics as <see cref="SqliteSearchIndex"/>: one- and
/// two-character words are found, terms are ANDed, bigram matches rank above single characters.
/// </summary>
public sealed class PostgresSearchIndex(QujingDbContext db) : ISearchIndex
{
    /// <summary>Weights for D, C, B, A: a bigram (A) counts twice a single character (D), as in the SQLite index.</summary>
    private const string Weights = "'{0.5,0,0,1.0}'";

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
            // Normalisation 1 divides by the log of the length, as bm25 favours the shorter of two equal matches (of 0, 1, 2
            // and 8 it puts the same passage first as bm25 most often: all but 3 of the parity test's 60 queries).
            await using var command = new NpgsqlCommand(
                $"SELECT kind, title, url, body, place, keywords, ts_rank({Weights}, doc, @query, 1) AS score FROM search_passage " +
                "WHERE doc @@ @query ORDER BY score DESC, id LIMIT @limit", connection);
            command.Parameters.AddWithValue("query", PostgresSearchVector.Query(terms));
            command.Parameters.AddWithValue("limit", limit);
            var hits = new List<SearchHit>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                // Lower is better, as with bm25.
                hits.Add(new SearchHit(new SearchDocument((SearchKind)reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)),
                    -Convert.ToDouble(reader.GetFloat(6), CultureInfo.InvariantCulture)));
            }

            return hits;
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
