using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Qujing.Web.Import;

namespace Qujing.Web.Features.Search;

/// <summary>
/// Picks the passage a result shows, cuts its snippet from the start of the sentence with the first match, and wraps
/// every match in &lt;mark&gt;; all text is HTML-encoded.
/// </summary>
public static class Highlighter
{
    /// <summary>About five lines on a phone: a snippet is cut near here, at a sentence end where there is one.</summary>
    private const int Length = 100;

    /// <summary>Text kept after the first match however far into its sentence the match is.</summary>
    private const int Tail = 30;

    /// <summary>
    /// About nine lines on a phone: a sentence that starts further back than this before its match is cut. The article's
    /// long official sentences (曲靖一中's runs 150 characters to 党建) still start where they start.
    /// </summary>
    private const int FarLead = 180;

    /// <summary>How much of a long sentence is kept before its match when the sentence's start is too far back.</summary>
    private const int Lead = 40;

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    /// <summary>The paragraph of a multi-paragraph text that holds the most of the query (the first when none does).</summary>
    public static string Passage(string text, IReadOnlyList<string> terms)
    {
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length <= 1)
        {
            return paragraphs.Length == 0 ? "" : paragraphs[0];
        }

        return paragraphs.Select((p, i) => (Text: p, Order: i, Map: SearchText.Map(p)))
            .Select(p => (p.Text, p.Order, Distinct: DistinctTerms(p.Map.Text), All: Matches(p.Map, terms).Count))
            .OrderByDescending(p => p.Distinct).ThenByDescending(p => p.All).ThenBy(p => p.Order).First().Text;

        int DistinctTerms(string normal) => terms.Count(t => Regex.IsMatch(normal, Pattern(t), RegexOptions.CultureInvariant, Timeout));
    }

    /// <summary>True when the text itself (not a title or a keyword beside it) holds any of the terms.</summary>
    public static bool Contains(string text, IReadOnlyList<string> terms) => Matches(text, terms).Count > 0;

    public static IHtmlContent Snippet(string text, IReadOnlyList<string> terms)
    {
        var matches = Matches(text, terms);
        var (from, cut) = matches.Count > 0 ? SnippetStart(text, matches[0].Start) : (0, false);
        var firstEnd = matches.Count > 0 ? matches[0].End : from;
        var limit = Math.Max(from + Length, firstEnd + Tail);

        // A tail shorter than what an ellipsis would save is shown whole.
        limit = text.Length - limit <= Tail ? text.Length : limit;
        var to = limit == text.Length ? limit : LastSentenceEnd(text, firstEnd, limit) ?? limit;
        var html = Marked(text, matches, from, to);
        if (cut)
        {
            html.Insert(0, '…');
        }

        if (to < text.Length)
        {
            html.Append('…');
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>A short text (a title) with its matches marked, not cut.</summary>
    public static IHtmlContent Whole(string text, IReadOnlyList<string> terms) =>
        new HtmlString(Marked(text, Matches(text, terms), 0, text.Length).ToString());

    private static StringBuilder Marked(string text, List<(int Start, int End)> matches, int from, int to)
    {
        var html = new StringBuilder();
        var at = from;
        foreach (var (start, end) in matches.Where(m => m.Start >= from && m.End <= to))
        {
            html.Append(WebUtility.HtmlEncode(text[at..start])).Append("<mark>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            at = end;
        }

        return html.Append(WebUtility.HtmlEncode(text[at..to]));
    }

    /// <summary>Every match of every term, as merged ranges of the original text, in order.</summary>
    private static List<(int Start, int End)> Matches(string text, IReadOnlyList<string> terms) => Matches(SearchText.Map(text), terms);

    private static List<(int Start, int End)> Matches((string Text, int[] Source) map, IReadOnlyList<string> terms)
    {
        var (normal, source) = map;
        var ranges = terms.SelectMany(t => Regex.Matches(normal, Pattern(t), RegexOptions.CultureInvariant, Timeout).Select(m => (Start: source[m.Index], End: source[m.Index + m.Length - 1] + 1)))
            .OrderBy(r => r.Start).ToList();
        var merged = new List<(int Start, int End)>();
        foreach (var r in ranges)
        {
            if (merged.Count > 0 && r.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, r.End));
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }

    /// <summary>
    /// The sentence's start, unless that is more than <see cref="FarLead"/> before the match (a long sentence would push the
    /// match out of sight): then the clause mark nearest before the match within <see cref="Lead"/>, or that far back,
    /// shown after an ellipsis.
    /// </summary>
    private static (int Start, bool Cut) SnippetStart(string text, int at)
    {
        var sentence = SentenceStart(text, at);
        if (at - sentence <= FarLead)
        {
            return (sentence, false);
        }

        for (var i = at - 1; i >= at - Lead; i--)
        {
            if (text[i] is '，' or '：' or '、' or ',' or ':')
            {
                return (i + 1, true);
            }
        }

        var start = at - Lead / 2;
        return (char.IsLowSurrogate(text[start]) ? start - 1 : start, true);
    }

    /// <summary>Where the sentence holding <paramref name="at"/> begins: after the last sentence end and its closing quotes.</summary>
    private static int SentenceStart(string text, int at)
    {
        var start = at;
        while (start > 0 && !EndsSentence(text[start - 1]))
        {
            start--;
        }

        // "“明显感觉不一样了。”宣威县…": the quote that closes the previous sentence is not where this one starts.
        while (start < at && (IsCloser(text[start]) || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        return start;
    }

    /// <summary>The end (after its closing quotes) of the last sentence that ends after <paramref name="after"/> and by <paramref name="limit"/>.</summary>
    private static int? LastSentenceEnd(string text, int after, int limit)
    {
        for (var i = limit - 1; i >= after; i--)
        {
            if (EndsSentence(text[i]) && text[i] != '\n')
            {
                var end = i + 1;
                while (end < text.Length && IsCloser(text[end]))
                {
                    end++;
                }

                return end;
            }
        }

        return null;
    }

    private static bool EndsSentence(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or '\n';

    private static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '》';

    /// <summary>
    /// A Han term matches as written; a Latin term's words match with any joiner between them ("1+9+n"). Used through
    /// Regex's static methods, whose cache keeps a search from building the same pattern for every hit it marks.
    /// </summary>
    private static string Pattern(string term) => ChineseText.IsHan(term[0])
        ? Regex.Escape(term)
        : string.Join(@"[\s+./\-]?", term.Split(' ').Select(Regex.Escape));
}
