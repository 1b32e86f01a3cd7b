using System.Text;
using Qujing.Web.Import;

namespace Qujing.Web.Features.Search;

/// <summary>
/// Turns text into the two token streams the full-text index holds: single Han characters (for one-character
/// queries) and overlapping Han bigrams (for everything longer), with Latin words and numbers in both.
/// Queries are built from the same tokens, quoted, so no input ever reaches the index's query syntax.
/// </summary>
public static class ChineseTokenizer
{
    /// <summary>Longest query kept; longer input is cut (a search box is not a document store).</summary>
    public const int MaxQueryLength = 100;

    public static (string Unigrams, string Bigrams) IndexForms(string text)
    {
        var unigrams = new StringBuilder();
        var bigrams = new StringBuilder();
        foreach (var segment in Segments(SearchText.Normalise(text)))
        {
            if (segment.IsHan)
            {
                foreach (var c in segment.Text)
                {
                    unigrams.Append(c).Append(' ');
                }

                foreach (var bigram in Bigrams(segment.Text))
                {
                    bigrams.Append(bigram).Append(' ');
                }
            }
            else
            {
                unigrams.Append(segment.Text).Append(' ');
                bigrams.Append(segment.Text).Append(' ');
            }
        }

        return (unigrams.ToString(), bigrams.ToString());
    }

    /// <summary>The FTS5 MATCH expression for a reader's query, or null when it has nothing searchable.</summary>
    public static string? BuildMatch(string? query) => Terms(query) is { Count: > 0 } terms ? BuildMatch(terms) : null;

    /// <summary>The FTS5 MATCH expression for the terms of a query.</summary>
    public static string BuildMatch(IReadOnlyList<string> terms)
    {
        // Every term must match (AND); each is a quoted phrase of tokens that hold only letters and digits.
        return string.Join(" AND ", terms.Select(t => t.Length == 1 && ChineseText.IsHan(t[0])
            ? $"u : \"{t}\""
            : $"b : \"{string.Join(' ', TokensOf(t))}\""));
    }

    /// <summary>What the reader asked for, as the words to find and to highlight.</summary>
    public static List<string> Terms(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var text = SearchText.Normalise(SearchText.Clean(query, MaxQueryLength));
        return [.. Segments(text).Select(s => s.Text).Distinct()];
    }

    /// <summary>What a term is looked up as: the bigrams of a Han word in order, or the words of a Latin one ("1+9+n" is 1, 9, n).</summary>
    internal static IEnumerable<string> TokensOf(string term) =>
        ChineseText.IsHan(term[0]) ? Bigrams(term) : term.Split(' ');

    internal static IEnumerable<string> Bigrams(string run)
    {
        if (run.Length == 1)
        {
            yield return run;
        }

        for (var i = 0; i + 1 < run.Length; i++)
        {
            yield return run.Substring(i, 2);
        }
    }

    /// <summary>Runs of Han characters, and runs of other letters and digits (joined by "+", "." or "-" as in "1+9+N").</summary>
    internal static IEnumerable<(string Text, bool IsHan)> Segments(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (ChineseText.IsHan(text[i]))
            {
                var start = i;
                while (i < text.Length && ChineseText.IsHan(text[i]))
                {
                    i++;
                }

                yield return (text[start..i], true);
            }
            else if (SearchText.IsWordChar(text[i]))
            {
                var tokens = new List<string>();
                while (i < text.Length && (SearchText.IsWordChar(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && SearchText.IsWordChar(text[i + 1]))))
                {
                    var start = i;
                    while (i < text.Length && SearchText.IsWordChar(text[i]))
                    {
                        i++;
                    }

                    tokens.Add(text[start..i]);
                    if (i < text.Length && IsJoiner(text[i]) && i + 1 < text.Length && SearchText.IsWordChar(text[i + 1]))
                    {
                        i++;
                    }
                }

                yield return (string.Join(' ', tokens), false);
            }
            else
            {
                i++;
            }
        }
    }

    private static bool IsJoiner(char c) => c is '+' or '.' or '-' or '/';
}
