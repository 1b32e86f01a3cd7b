using System.Data.Common;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Search;

/// <summary>Turns a reader's query into grouped, highlighted results; any input gets an answer, never an error.</summary>
public sealed class SearchService(ISearchIndex index, ILogger<SearchService> logger)
{
    private const int Limit = 60;

    public async Task<SearchResults> SearchAsync(string? query, CancellationToken ct)
    {
        var shown = SearchText.Clean(query, ChineseTokenizer.MaxQueryLength);
        var terms = ChineseTokenizer.Terms(shown);
        if (terms.Count == 0)
        {
            return new SearchResults(shown, [], shown.Length > 0);
        }

        IReadOnlyList<SearchHit> hits;
        try
        {
            hits = await index.SearchAsync(terms, Limit, ct);
        }
        catch (DbException e)
        {
            // The query is built from quoted tokens only, so this should not happen; if it does, the reader still gets a page.
            logger.LogWarning(e, "Search for {Query} failed", query);
            hits = [];
        }

        // An index built before the input rule existed may still hold text that the highlighter cannot normalise.
        var cleaned = hits.Select(h => h with { Document = h.Document with { Title = InputText.Clean(h.Document.Title), Text = InputText.Clean(h.Document.Text) } }).ToList();
        return new SearchResults(shown, ResultFolder.Fold(cleaned, ChineseTokenizer.Terms(shown)), true);
    }
}
