using System.Globalization;
using NpgsqlTypes;

namespace Qujing.Web.Features.Search;

/// <summary>
/// The application's own tokens as PostgreSQL text-search values (decision 0023): PostgreSQL has no parser for Chinese,
/// so nothing of its parser or dictionaries is used. A document becomes tsvector text where each Han character and each
/// Latin word or number has its position and each Han bigram the position of its first character (no weights: the
/// shared <see cref="SearchRanker"/> orders the matches, not ts_rank). A query is built as a tsquery value, so no input
/// ever reaches its syntax.
/// </summary>
public static class PostgresSearchVector
{
    /// <summary>PostgreSQL keeps positions up to this; later ones are counted as this one (a phrase past it may go unfound).</summary>
    private const int MaxPosition = 16383;

    /// <summary>The text of the tsvector for <paramref name="text"/>, to be cast with <c>::tsvector</c>.</summary>
    public static string Document(string text)
    {
        var lexemes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var position = 1;
        foreach (var (segment, isHan) in ChineseTokenizer.Segments(SearchText.Normalise(text)))
        {
            if (isHan)
            {
                for (var i = 0; i < segment.Length; i++)
                {
                    Add(segment[i].ToString(), position + i);
                    if (i + 1 < segment.Length)
                    {
                        Add(segment.Substring(i, 2), position + i);
                    }
                }

                position += segment.Length;
            }
            else
            {
                foreach (var word in segment.Split(' '))
                {
                    Add(word, position++);
                }
            }
        }

        // Lexemes are letters and digits only (the tokenizer's segments), so quoting needs no escapes.
        return string.Join(' ', lexemes.Select(l => $"'{l.Key}':{string.Join(',', l.Value)}"));

        void Add(string lexeme, int at)
        {
            if (!lexemes.TryGetValue(lexeme, out var positions))
            {
                lexemes[lexeme] = positions = [];
            }

            positions.Add(Math.Min(at, MaxPosition).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// Every term must match (AND): a single Han character as itself, a longer Han word as its bigrams one after the
    /// other (<c>'劳动' &lt;-&gt; '动教' &lt;-&gt; '教育'</c>), a Latin term as its words one after the other.
    /// </summary>
    public static NpgsqlTsQuery Query(IReadOnlyList<string> terms) =>
        terms.Select(Term).Aggregate((left, right) => new NpgsqlTsQueryAnd(left, right));

    private static NpgsqlTsQuery Term(string term) =>
        ChineseTokenizer.TokensOf(term).Select(t => (NpgsqlTsQuery)new NpgsqlTsQueryLexeme(t))
            .Aggregate((left, right) => new NpgsqlTsQueryFollowedBy(left, 1, right));
}
