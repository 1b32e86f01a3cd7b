namespace Qujing.Web.Import;

/// <summary>Splits raw article text into blocks at blank lines and tells title, byline, headings and paragraphs apart.</summary>
public static class SourceParser
{
    /// <summary>A block this short with no sentence end is a heading (or the byline).</summary>
    private const int MaxHeadingLength = 32;

    public static List<Block> Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var raw = new List<string>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                Flush();
            }
            else
            {
                current.Add(line.Trim());
            }
        }

        Flush();

        var blocks = new List<Block>();
        for (var i = 0; i < raw.Count; i++)
        {
            blocks.Add(new Block(Classify(raw, i, blocks), raw[i], [i + 1]));
        }

        return blocks;

        void Flush()
        {
            if (current.Count > 0)
            {
                raw.Add(string.Concat(current));
                current.Clear();
            }
        }
    }

    private static BlockKind Classify(List<string> raw, int i, List<Block> before)
    {
        var text = raw[i];
        if (i == 0)
        {
            return BlockKind.Title;
        }

        // Headings are short and carry no sentence or clause marks (a colon, as in "沾益区：…", is allowed).
        var looksLikeHeading = text.Length <= MaxHeadingLength && !ChineseText.EndsSentence(text) && text.IndexOfAny(['，', ',', '；', ';']) < 0;
        if (!looksLikeHeading)
        {
            return BlockKind.Paragraph;
        }

        // A name-length line right under the title is the byline.
        if (i == 1 && text.Length <= 8 && !text.Any(char.IsPunctuation))
        {
            return BlockKind.Byline;
        }

        // A heading directly under another heading is its subheading.
        return before.Count > 0 && before[^1].Kind == BlockKind.Heading ? BlockKind.SubHeading : BlockKind.Heading;
    }
}
