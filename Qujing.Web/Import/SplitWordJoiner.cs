namespace Qujing.Web.Import;

/// <summary>
/// Joins a paragraph cut off on a Chinese character to the next one when the characters either side of the
/// break make a word; otherwise the cut is left as it is, for the truncation check to flag.
/// </summary>
public static class SplitWordJoiner
{
    private const int MaxWord = 4;

    public static List<Block> Join(List<Block> blocks, IWordList words, List<ReportEntry> report)
    {
        var result = new List<Block>();
        foreach (var block in blocks)
        {
            // A short cut-off line looks like a heading; the word it shares with the next paragraph shows it is not.
            if (result.Count > 0 && result[^1] is { Kind: BlockKind.Paragraph or BlockKind.Heading or BlockKind.SubHeading } previous
                && block.Kind == BlockKind.Paragraph
                && SpansWord(previous.Text, block.Text, words) is { } word)
            {
                var joined = new Block(BlockKind.Paragraph, previous.Text + block.Text, [.. previous.Sources, .. block.Sources]);
                report.Add(new ReportEntry(ReportKind.JoinedSplitWord, joined.Where,
                    $"{ChineseText.TrailingHan(previous.Text, 6)} / {ChineseText.LeadingHan(block.Text, 6)}",
                    ChineseText.TrailingHan(previous.Text, 6) + ChineseText.LeadingHan(block.Text, 6),
                    $"词语“{word}”被分段截断，已将两段接合。", Sources: joined.Sources));
                result[^1] = joined;
                continue;
            }

            result.Add(block);
        }

        return result;
    }

    /// <summary>The dictionary word that crosses the break between two texts, if any.</summary>
    internal static string? SpansWord(string before, string after, IWordList words)
    {
        if (before.Length == 0 || !ChineseText.IsHan(before[^1]) || after.Length == 0 || !ChineseText.IsHan(after[0]))
        {
            return null;
        }

        var tail = ChineseText.TrailingHan(before, MaxWord - 1);
        var head = ChineseText.LeadingHan(after, MaxWord - 1);
        for (var left = 1; left <= tail.Length; left++)
        {
            for (var right = 1; right <= head.Length && left + right <= MaxWord; right++)
            {
                var candidate = tail[^left..] + head[..right];
                if (words.Contains(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
