using System.Text.RegularExpressions;

namespace Qujing.Web.Features.Sharing;

/// <summary>
/// Breaks a title into lines for a share card: at its spaces and after a colon when that gives few enough lines (a
/// title written as two phrases is set as two), else between characters, never before closing or after opening punctuation, never
/// inside a run of Latin letters or digits, and with lines of even length rather than a lone character on the last.
/// </summary>
public static partial class TitleLines
{
    private const string NoLineStart = "，。、：；！？）》」』”’…·—%";
    private const string NoLineEnd = "（《「『“‘";

    /// <summary>The title's phrases, one a line (split at spaces and after a colon), or null when they do not fit so.</summary>
    public static IReadOnlyList<string>? Phrases(string title, Func<string, float> measure, float maxWidth, int maxLines)
    {
        var phrases = PhraseBreak().Split(title.Trim()).Where(p => p.Length > 0).ToList();
        return phrases.Count > 1 && phrases.Count <= maxLines && phrases.All(p => measure(p) <= maxWidth) ? phrases : null;
    }

    /// <summary>The title in balanced lines, or null when it needs more than <paramref name="maxLines"/> at this width.</summary>
    public static IReadOnlyList<string>? Break(string title, Func<string, float> measure, float maxWidth, int maxLines)
    {
        var units = Units(title.Trim());
        var lines = Wrap(units, measure, maxWidth);
        if (lines is null || lines.Count > maxLines)
        {
            return null;
        }

        // The narrowest width that still gives as many lines: every line about as long as the others.
        float low = 0, high = maxWidth;
        while (high - low > 1)
        {
            var mid = (low + high) / 2;
            if (Wrap(units, measure, mid) is { } tighter && tighter.Count <= lines.Count)
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        return Wrap(units, measure, high) ?? lines;
    }

    /// <summary>Greedy wrapping of unbreakable units; null when a single unit is wider than the line.</summary>
    private static List<string>? Wrap(List<string> units, Func<string, float> measure, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var unit in units)
        {
            var candidate = (line + unit).TrimStart();
            if (measure(candidate.TrimEnd()) <= width)
            {
                line = candidate;
            }
            else if (measure(unit.Trim()) > width)
            {
                return null;
            }
            else
            {
                lines.Add(line.TrimEnd());
                line = unit.TrimStart();
            }
        }

        if (line.Trim().Length > 0)
        {
            lines.Add(line.TrimEnd());
        }

        return lines;
    }

    /// <summary>The pieces a line may break between.</summary>
    private static List<string> Units(string text)
    {
        var units = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var start = i;
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '.' or '-'))
                {
                    i++;
                }
            }
            else
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            var unit = text[start..i];
            if (units.Count > 0 && (NoLineStart.Contains(unit[0], StringComparison.Ordinal) || NoLineEnd.Contains(units[^1][^1], StringComparison.Ordinal)))
            {
                units[^1] += unit;
            }
            else
            {
                units.Add(unit);
            }
        }

        return units;
    }

    [GeneratedRegex("(?<=：) *| +")]
    private static partial Regex PhraseBreak();
}
