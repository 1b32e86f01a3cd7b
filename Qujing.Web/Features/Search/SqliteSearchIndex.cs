using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;

namespace Qujing.Web.Features.Search;

/// <summary>
/// FTS5 over pre-tokenised text: column u holds single Han characters, column b Han bigrams; Latin words and
/// numbers are in both. The table lives in the site's database but outside EF's model and migrations, because
/// it is SQLite-only.
/// </summary>
public sealed class SqliteSearchIndex(QujingDbContext db) : ISearchIndex
{
    private const string Create =
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(" +
        "kind UNINDEXED, title UNINDEXED, url UNINDEXED, body UNINDEXED, place UNINDEXED, keywords UNINDEXED, u, b, tokenize = 'unicode61')";

    /// <summary>A document's length for the ranker, in characters as PostgreSQL counts them too.</summary>
    private const string Length = "length(title) + length(ifnull(keywords, '')) + length(body)";

    private static readonly string[] Columns = ["$kind", "$title", "$url", "$body", "$place", "$keywords", "$u", "$b"];

    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        var connection = await OpenAsync(ct);

        // An index made before results said where they are has no place or keywords column: it is only derived data, so it is
        // dropped and made anew (empty, which the start-up rebuild then fills).
        await using var probe = connection.CreateCommand();
        probe.CommandText = "SELECT EXISTS (SELECT 1 FROM pragma_table_info('search_index')) AND NOT EXISTS (SELECT 1 FROM pragma_table_info('search_index') WHERE name = 'keywords')";
        if (Convert.ToBoolean(await probe.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture))
        {
            await ExecuteAsync(connection, "DROP TABLE search_index", ct);
        }

        await ExecuteAsync(connection, Create, ct);
    }

    public async Task RebuildAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, "DELETE FROM search_index", ct);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO search_index (kind, title, url, body, place, keywords, u, b) VALUES ($kind, $title, $url, $body, $place, $keywords, $u, $b)";
        var parameters = Columns.Select(n => insert.Parameters.Add(new SqliteParameter(n, ""))).ToArray();
        foreach (var document in documents)
        {
            var (unigrams, bigrams) = ChineseTokenizer.IndexForms(document.Title + "\n" + document.Keywords + "\n" + document.Text);
            object[] values = [(int)document.Kind, document.Title, document.Url, document.Text, document.Place, document.Keywords, unigrams, bigrams];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }

            await insert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    public async Task<bool> IsEmptyAsync(CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM search_index)";
        return Convert.ToBoolean(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct)
    {
        var connection = await OpenAsync(ct);

        // Every match, ordered by the ranker the PostgreSQL index shares (decision 0023); queries are parameters, never spliced in.
        var candidates = new List<SearchCandidate>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT kind, title, url, body, place, keywords, rowid, {Length} FROM search_index WHERE search_index MATCH $match";
            command.Parameters.AddWithValue("$match", ChineseTokenizer.BuildMatch(terms));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                candidates.Add(new SearchCandidate(new SearchDocument((SearchKind)reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Text(reader, 4), Text(reader, 5)),
                    reader.GetInt64(6), reader.GetInt64(7)));
            }
        }

        await using var statistics = connection.CreateCommand();
        statistics.CommandText = $"SELECT count(*), coalesce(sum({Length}), 0)" +
                                 string.Concat(terms.Select((_, i) => $", (SELECT count(*) FROM search_index WHERE search_index MATCH $t{i})")) + " FROM search_index";
        for (var i = 0; i < terms.Count; i++)
        {
            statistics.Parameters.AddWithValue($"$t{i}", ChineseTokenizer.BuildMatch([terms[i]]));
        }

        await using var row = await statistics.ExecuteReaderAsync(ct);
        await row.ReadAsync(ct);
        var counts = new SearchStatistics(row.GetInt64(0), row.GetInt64(1), [.. terms.Select((_, i) => row.GetInt64(2 + i))]);
        return SearchRanker.Rank(terms, candidates, counts, limit);
    }

    /// <summary>A column an older instance may have left empty while both ran.</summary>
    private static string Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? "" : reader.GetString(column);

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
