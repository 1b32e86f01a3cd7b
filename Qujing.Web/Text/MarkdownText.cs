using System.Text;

namespace Qujing.Web.Text;

/// <summary>
/// Turns plain source text into Markdown that renders back to exactly that text, escaping only the signs that would
/// otherwise become markup where they stand: editors then see "1+9+N" as written, not "1\+9\+N".
/// </summary>
public static class MarkdownText
{
    /// <summary>The signs an escape may stand before; which of them need it depends on where they are (<see cref="Needs"/>).</summary>
    private const string Special = "\\`*_[]<>#+-!|~{}=";

    /// <summary>A paragraph or heading text: its first character counts as the start of a line.</summary>
    public static string Escape(string text) => Write([.. text.Select(c => (c, true))], lineStartAtZero: true);

    /// <summary>Text that goes inside a line (a correction's words in the middle of a paragraph).</summary>
    public static string EscapeInline(string text) => Write([.. text.Select(c => (c, true))], lineStartAtZero: false);

    public static string Paragraphs(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs.Select(Escape));

    /// <summary>
    /// Stored Markdown without the escapes that change nothing (an older importer escaped every sign), so that editors
    /// see the text as written. Readers see exactly what they saw: if dropping the escapes would change the rendered
    /// page at all (inside code, say), the text is kept as it was.
    /// </summary>
    public static string Tidy(string markdown)
    {
        if (markdown.IndexOf('\\', StringComparison.Ordinal) < 0)
        {
            return markdown;
        }

        var tokens = new List<(char C, bool IsText)>(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            var escaped = markdown[i] == '\\' && i + 1 < markdown.Length && Special.Contains(markdown[i + 1], StringComparison.Ordinal);
            tokens.Add(escaped ? (markdown[++i], true) : (markdown[i], false));
        }

        var tidy = Write(tokens, lineStartAtZero: true);
        return tidy != markdown && MarkdownRenderer.RendersAlike(markdown, tidy) ? tidy : markdown;
    }

    /// <summary>
    /// Writes the characters; each one that is text (plain text, or escaped in stored Markdown) gets an escape where it
    /// needs one. The rest is markup and stays as it is.
    /// </summary>
    private static string Write(List<(char C, bool IsText)> tokens, bool lineStartAtZero)
    {
        var sb = new StringBuilder(tokens.Count + 8);
        for (var k = 0; k < tokens.Count; k++)
        {
            var c = tokens[k].C;
            if (tokens[k].IsText && Special.Contains(c, StringComparison.Ordinal) && Needs(tokens, k, lineStartAtZero))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>True when the sign at <paramref name="k"/> would start markup if left bare.</summary>
    private static bool Needs(List<(char C, bool IsText)> tokens, int k, bool lineStartAtZero)
    {
        var c = tokens[k].C;
        var before = k > 0 ? tokens[k - 1].C : '\0';
        var after = k + 1 < tokens.Count ? tokens[k + 1].C : '\0';
        return c switch
        {
            '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '~' or '|' => true,
            '#' or '>' or '-' or '+' or '=' when AtLineStart(tokens, k, lineStartAtZero) => true,

            // Markdig's extras: ++inserted++ and ==marked==; a heading's closing #s follow a space.
            '+' or '=' => before == c || after == c,
            '#' => char.IsWhiteSpace(before),
            _ => false,
        };
    }

    /// <summary>Only spaces (at most three, as Markdown allows) between the start of the line and <paramref name="k"/>.</summary>
    private static bool AtLineStart(List<(char C, bool IsText)> tokens, int k, bool lineStartAtZero)
    {
        var spaces = 0;
        for (var j = k - 1; j >= 0; j--)
        {
            if (tokens[j].C == '\n')
            {
                return spaces <= 3;
            }

            if (tokens[j].C != ' ')
            {
                return false;
            }

            spaces++;
        }

        return lineStartAtZero && spaces <= 3;
    }
}
