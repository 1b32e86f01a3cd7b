using System.Text;

namespace Qujing.Web.Import;

/// <summary>Keeps each paragraph once in the whole text, and each sentence or clause once inside a paragraph.</summary>
public static class RepeatRemover
{
    /// <summary>Shorter clauses (such as "共谋划") can repeat on purpose; longer ones repeated in one paragraph are noise.</summary>
    private const int MinRepeatedClause = 6;

    public static List<Block> RemoveRepeatedParagraphs(List<Block> blocks, List<ReportEntry> report)
    {
        var firstSeen = new Dictionary<string, Block>(StringComparer.Ordinal);
        var kept = new List<Block>();
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.Paragraph)
            {
                kept.Add(block);
                continue;
            }

            var key = Key(block.Text);
            if (firstSeen.TryGetValue(key, out var first))
            {
                report.Add(new ReportEntry(ReportKind.RepeatedParagraph, block.Where, ChineseText.Excerpt(block.Text), "",
                    $"与{first.Where}重复，已删去，保留第一次出现的段落。", Sources: first.Sources));
                continue;
            }

            firstSeen[key] = block;
            kept.Add(block);
        }

        return kept;
    }

    public static Block RemoveRepeatsInside(Block block, List<ReportEntry> report)
    {
        if (block.Kind != BlockKind.Paragraph)
        {
            return block;
        }

        var clauses = ChineseText.Clauses(block.Text);
        var seen = new List<string>();
        var kept = new StringBuilder();
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var core = Key(ChineseText.Core(clause));
            var isLast = i == clauses.Count - 1;
            var repeated = core.Length >= MinRepeatedClause && seen.Contains(core);

            // A paragraph that ends in a cut-off copy of an earlier clause ends in noise, not new text.
            var truncatedRepeat = isLast && !ChineseText.EndsSentence(clause) && core.Length >= MinRepeatedClause
                && seen.Any(s => s.Length > core.Length && s.StartsWith(core, StringComparison.Ordinal));
            if (repeated || truncatedRepeat)
            {
                report.Add(new ReportEntry(ReportKind.RepeatedSentence, block.Where, clause, "",
                    truncatedRepeat ? "段末是前文一句的残缺重复，已删去。" : "同一段内重复出现的句子，已删去。", Sources: block.Sources));
                continue;
            }

            seen.Add(core);
            kept.Append(clause);
        }

        return block with { Text = kept.ToString() };
    }

    private static string Key(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
