using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Qujing.Web.Features.Corrections;

/// <summary>
/// Marks editors' notes in a parsed Markdown document so readers can tell them from the article's own words: a
/// paragraph that begins “编者注：” and a “（编者注：……）” inside a sentence get the class <c>editor-note</c> (the
/// latter as an <c>em</c>). Plain text is the whole syntax: nothing to escape, and it reads the same in a feed or a
/// search snippet. Works on the syntax tree, never on the HTML.
/// </summary>
public static class EditorNotes
{
    public const string Class = "editor-note";
    private const string Paragraph = "编者注：";
    private const string Inline = "（编者注：";

    public static void Mark(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline?.FirstChild is LiteralInline first && first.Content.ToString().StartsWith(Paragraph, StringComparison.Ordinal))
            {
                paragraph.GetAttributes().AddClass(Class);
            }
        }

        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            SplitNotes(literal);
        }
    }

    /// <summary>Wraps each “（编者注：……）” of one run of text in its own element.</summary>
    private static void SplitNotes(LiteralInline literal)
    {
        var text = literal.Content.ToString();
        var start = text.IndexOf(Inline, StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf('）', start);
        if (end < 0)
        {
            return;
        }

        var note = new EmphasisInline { DelimiterChar = '*', DelimiterCount = 1 };
        note.AppendChild(new LiteralInline(text[start..(end + 1)]));
        note.GetAttributes().AddClass(Class);
        var rest = new LiteralInline(text[(end + 1)..]);
        literal.Content = new Markdig.Helpers.StringSlice(text[..start]);
        literal.InsertAfter(note);
        note.InsertAfter(rest);
        SplitNotes(rest);
    }
}
