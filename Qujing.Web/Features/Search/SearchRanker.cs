using Qujing.Web.Import;

namespace Qujing.Web.Features.Search;

/// <summary>
/// Orders what an index found, the same way for every index (decision 0023): BM25 over the query's terms, with the
/// statistics each index reports from its own rows. Both indexes hold the same documents, so they report the same
/// numbers, and one ranker puts the same passage first on SQLite and on PostgreSQL.
/// </summary>
public static class SearchRanker
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>The best <paramref name="limit"/> candidates, best first; a hit's rank is its score negated (lower is better).</summary>
    public static IReadOnlyList<SearchHit> Rank(IReadOnlyList<string> terms, IReadOnlyList<SearchCandidate> candidates, SearchStatistics statistics, int limit)
    {
        var averageLength = statistics.Documents == 0 ? 1.0 : Math.Max(1.0, (double)statistics.TotalLength / statistics.Documents);
        var weights = terms.Select((term, i) => Weight(term) * Idf(statistics.Documents, statistics.Matching[i])).ToArray();
        return [.. candidates
            .Select(c => (Candidate: c, Score: Score(c, terms, weights, averageLength)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Candidate.Order)
            .Take(limit)
            .Select(x => new SearchHit(x.Candidate.Document, -x.Score))];
    }

    private static double Score(SearchCandidate candidate, IReadOnlyList<string> terms, double[] weights, double averageLength)
    {
        var d = candidate.Document;
        var counts = Occurrences(d.Title + "\n" + d.Keywords + "\n" + d.Text, terms);
        var norm = K1 * (1 - B + (B * candidate.Length / averageLength));
        var score = 0.0;
        for (var i = 0; i < terms.Count; i++)
        {
            score += weights[i] * counts[i] * (K1 + 1) / (counts[i] + norm);
        }

        return score;
    }

    /// <summary>A word found as bigrams counts twice a single character, as column b weighed twice column u in bm25.</summary>
    private static double Weight(string term) => term.Length == 1 && ChineseText.IsHan(term[0]) ? 1.0 : 2.0;

    /// <summary>As FTS5's bm25: a term in more than half the documents still counts, a little.</summary>
    private static double Idf(long documents, long matching)
    {
        var idf = Math.Log((documents - matching + 0.5) / (matching + 0.5));
        return idf > 0 ? idf : 1e-6;
    }

    /// <summary>
    /// How often each term occurs in the text as the indexes match it: a Han word inside a run of Han characters, a
    /// Latin term as its words one after the other among Latin words that no Han character separates.
    /// </summary>
    internal static int[] Occurrences(string text, IReadOnlyList<string> terms)
    {
        var han = new List<string>();
        var latinRuns = new List<List<string>> { new() };
        foreach (var (segment, isHan) in ChineseTokenizer.Segments(SearchText.Normalise(text)))
        {
            if (isHan)
            {
                han.Add(segment);
                latinRuns.Add([]);
            }
            else
            {
                latinRuns[^1].AddRange(segment.Split(' '));
            }
        }

        return [.. terms.Select(t => ChineseText.IsHan(t[0]) ? han.Sum(s => Count(s, t)) : latinRuns.Sum(run => Count(run, t.Split(' '))))];
    }

    private static int Count(string run, string word)
    {
        var count = 0;
        for (var at = run.IndexOf(word, StringComparison.Ordinal); at >= 0; at = run.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static int Count(List<string> run, string[] words)
    {
        var count = 0;
        for (var i = 0; i + words.Length <= run.Count; i++)
        {
            if (words.Select((w, j) => string.Equals(run[i + j], w, StringComparison.Ordinal)).All(same => same))
            {
                count++;
            }
        }

        return count;
    }
}
