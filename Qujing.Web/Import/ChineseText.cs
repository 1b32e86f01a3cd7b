using System.Text;

namespace Qujing.Web.Import;

/// <summary>Character classes and splitting rules for Chinese newspaper text.</summary>
public static class ChineseText
{
    /// <summary>Marks that end a sentence.</summary>
    public const string SentenceEnds = "。！？!?…";

    /// <summary>Marks that end a clause inside a sentence.</summary>
    public const string ClauseEnds = "，；：,;:";

    /// <summary>Closing marks that stay with the sentence they close.</summary>
    public const string Closers = "”’」』》）)";

    public static bool IsHan(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');

    public static int CountHan(string text) => text.Count(IsHan);

    /// <summary>True when the text ends where a sentence may end (after closing quotes are set aside).</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        var i = t.Length - 1;
        while (i >= 0 && Closers.Contains(t[i], StringComparison.Ordinal))
        {
            i--;
        }

        return i >= 0 && SentenceEnds.Contains(t[i], StringComparison.Ordinal);
    }

    /// <summary>Splits text into sentences, each keeping its end mark and any closing quotes after it.</summary>
    public static List<string> Sentences(string text) => SplitKeeping(text, SentenceEnds);

    /// <summary>Splits one sentence into clauses at commas, semicolons and colons (and sentence ends).</summary>
    public static List<string> Clauses(string text) => SplitKeeping(text, SentenceEnds + ClauseEnds);

    private static List<string> SplitKeeping(string text, string ends)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            current.Append(text[i]);
            if (!ends.Contains(text[i], StringComparison.Ordinal))
            {
                continue;
            }

            while (i + 1 < text.Length && (ends.Contains(text[i + 1], StringComparison.Ordinal) || Closers.Contains(text[i + 1], StringComparison.Ordinal)))
            {
                current.Append(text[++i]);
            }

            parts.Add(current.ToString());
            current.Clear();
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return parts;
    }

    /// <summary>The text without its trailing punctuation, for comparing clauses.</summary>
    public static string Core(string clause) => clause.TrimEnd((SentenceEnds + ClauseEnds + Closers + " ").ToCharArray());

    /// <summary>A short excerpt for the import report.</summary>
    public static string Excerpt(string text, int max = 40) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");

    /// <summary>The trailing run of Han characters (at most <paramref name="max"/>).</summary>
    public static string TrailingHan(string text, int max)
    {
        var i = text.Length;
        while (i > 0 && text.Length - i < max && IsHan(text[i - 1]))
        {
            i--;
        }

        return text[i..];
    }

    /// <summary>The leading run of Han characters (at most <paramref name="max"/>).</summary>
    public static string LeadingHan(string text, int max)
    {
        var i = 0;
        while (i < text.Length && i < max && IsHan(text[i]))
        {
            i++;
        }

        return text[..i];
    }
}
