namespace Qujing.Web.Import;

/// <summary>Flags what the importer must not guess at: cut-off, garbled and half-repeated paragraphs.</summary>
public static partial class DoubtFinder
{
    /// <summary>A run this long found in two different paragraphs is copied text, not coincidence.</summary>
    private const int SharedRun = 20;

    private static readonly (char Open, char Close, string Name)[] Pairs =
    [
        ('“', '”', "引号"), ('《', '》', "书名号"), ('‘', '’', "单引号"), ('（', '）', "括号"),
    ];

    public static void FlagTruncated(List<Block> blocks, List<ReportEntry> report)
    {
        foreach (var block in blocks.Where(b => b.Kind == BlockKind.Paragraph && !ChineseText.EndsSentence(b.Text)))
        {
            report.Add(new ReportEntry(ReportKind.TruncatedParagraph, block.Where, ChineseText.Excerpt(block.Text[^Math.Min(20, block.Text.Length)..]), null,
                "段落在句中结束，原文可能缺失了后文；未作改动，请编辑核对。", Sources: block.Sources));
        }
    }

    public static void FlagUnbalanced(List<Block> blocks, List<ReportEntry> report)
    {
        foreach (var block in blocks.Where(b => b.Kind == BlockKind.Paragraph))
        {
            foreach (var (open, close, name) in Pairs)
            {
                var opens = block.Text.Count(c => c == open);
                var closes = block.Text.Count(c => c == close);
                if (opens != closes)
                {
                    report.Add(new ReportEntry(ReportKind.UnbalancedQuotes, block.Where, ChineseText.Excerpt(block.Text, 60), null,
                        $"{name}不成对（{open} {opens} 个，{close} {closes} 个），句子可能残缺或错乱；未作改动，请编辑核对。", Sources: block.Sources));
                }
            }
        }
    }

    /// <summary>Flags a paragraph that contains another whole, or shares a long run with another.</summary>
    public static void FlagSharedText(List<Block> blocks, List<ReportEntry> report)
    {
        var paragraphs = blocks.Where(b => b.Kind == BlockKind.Paragraph).ToList();
        for (var j = 1; j < paragraphs.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var (a, b) = (paragraphs[i], paragraphs[j]);
                if (a.Text.Contains(b.Text, StringComparison.Ordinal) || b.Text.Contains(a.Text, StringComparison.Ordinal))
                {
                    report.Add(new ReportEntry(ReportKind.NearDuplicateParagraph, b.Where, ChineseText.Excerpt(b.Text, 60), null,
                        $"与{a.Where}几乎相同（一段包含另一段全文）；两段都保留，请编辑决定删留。", Sources: b.Sources));
                }
                else if (LongestSharedRun(WithoutTitles(a.Text), WithoutTitles(b.Text)) is { Length: >= SharedRun } run)
                {
                    report.Add(new ReportEntry(ReportKind.SharedPassage, b.Where, run, null,
                        $"这段文字也出现在{a.Where}，可能是排版错乱把别处的内容混入了本段；未作改动，请编辑核对。", Sources: b.Sources));
                }
            }
        }
    }

    /// <summary>Two paragraphs may cite the same 《document》 by its long title; that is not copied text.</summary>
    private static string WithoutTitles(string text) => TitleRegex().Replace(text, "《》");

    [System.Text.RegularExpressions.GeneratedRegex("《[^《》]*》")]
    private static partial System.Text.RegularExpressions.Regex TitleRegex();

    private static string LongestSharedRun(string a, string b)
    {
        // Classic dynamic programme over two short paragraphs; rows are reused to keep it small.
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        var (best, end) = (0, 0);
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
                if (current[j] > best)
                {
                    (best, end) = (current[j], i);
                }
            }

            (previous, current) = (current, previous);
        }

        return a.Substring(end - best, best);
    }
}
