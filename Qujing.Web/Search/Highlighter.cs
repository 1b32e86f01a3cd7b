using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Qujing.Web.Import;

namespace Qujing.Web.Search;

/// <summary>Cuts a snippet around the first match and wraps every match in &lt;mark&gt;; all text is HTML-encoded.</summary>
public static class Highlighter
{
    private const int Radius = 40;

    public static IHtmlContent Snippet(string text, IReadOnlyList<string> terms) => Snippet(text, Patterns(terms));

    /// <summary>The terms as patterns, made once for all the snippets of one search.</summary>
    public static IReadOnlyList<Regex> Patterns(IReadOnlyList<string> terms) => [.. terms.Select(Pattern)];

    public static IHtmlContent Snippet(string text, IReadOnlyList<Regex> patterns)
    {
        var (normal, source) = SearchText.Map(text);
        var ranges = patterns.SelectMany(p => p.Matches(normal).Select(m => (Start: source[m.Index], End: source[m.Index + m.Length - 1] + 1)))
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

        var from = merged.Count > 0 ? Math.Max(0, merged[0].Start - Radius) : 0;
        var to = Math.Min(text.Length, (merged.Count > 0 ? merged[0].End : 0) + Radius * 2);
        var html = new StringBuilder();
        if (from > 0)
        {
            html.Append('…');
        }

        var at = from;
        foreach (var (start, end) in merged.Where(m => m.Start >= from && m.End <= to))
        {
            html.Append(WebUtility.HtmlEncode(text[at..start])).Append("<mark>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            at = end;
        }

        html.Append(WebUtility.HtmlEncode(text[at..to]));
        if (to < text.Length)
        {
            html.Append('…');
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>A Han term matches as written; a Latin term's words match with any joiner between them ("1+9+n").</summary>
    private static Regex Pattern(string term) => ChineseText.IsHan(term[0])
        ? new Regex(Regex.Escape(term), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))
        : new Regex(string.Join(@"[\s+./\-]?", term.Split(' ').Select(Regex.Escape)), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
}
