using System.Text;

namespace Qujing.Web.Services;

/// <summary>Turns plain source text into Markdown that renders back to exactly that text.</summary>
public static class MarkdownText
{
    private const string Special = "\\`*_[]<>#+-!|~{}=";

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    public static string Paragraphs(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs.Select(Escape));
}
