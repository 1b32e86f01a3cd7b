using System.Text;

namespace Qujing.Web.Import;

/// <summary>
/// Normalises stray traditional characters, half-width punctuation inside Chinese text, and full-width digits
/// (３８ → 38): every later rule reads numbers with <c>[0-9]</c>, so a digit is an ASCII digit from here on.
/// </summary>
public static class CharacterNormaliser
{
    /// <summary>Above this share of traditional characters the text is taken to be traditional on purpose and left alone.</summary>
    private const double StrayShare = 0.05;

    private static readonly Dictionary<char, char> FullWidth = new()
    {
        [','] = '，', [';'] = '；', [':'] = '：', ['?'] = '？', ['!'] = '！',
    };

    public static List<Block> Normalise(List<Block> blocks, IReadOnlyDictionary<char, char> traditional, List<ReportEntry> report)
    {
        var han = blocks.Sum(b => ChineseText.CountHan(b.Text));
        var trad = blocks.Sum(b => b.Text.Count(traditional.ContainsKey));
        var fixTraditional = han > 0 && (double)trad / han < StrayShare;
        var punctuation = 0;
        var digits = 0;

        var result = blocks.Select(block =>
        {
            var text = block.Text;
            if (fixTraditional)
            {
                text = Simplify(block, traditional, report);
            }

            var (fixedText, count) = WidenPunctuation(text);
            punctuation += count;
            (fixedText, count) = NarrowDigits(fixedText);
            digits += count;
            return block with { Text = fixedText };
        }).ToList();

        if (digits > 0)
        {
            report.Add(new ReportEntry(ReportKind.DigitsNormalised, "全文", "０１２…９", "012…9", $"{digits} 个全角数字已改为半角数字。"));
        }

        if (punctuation > 0)
        {
            report.Add(new ReportEntry(ReportKind.PunctuationNormalised, "全文", ", ; : ? !", "， ； ： ？ ！",
                $"中文字符后的 {punctuation} 个半角标点已改为全角。"));
        }

        return result;
    }

    private static string Simplify(Block block, IReadOnlyDictionary<char, char> traditional, List<ReportEntry> report)
    {
        var text = block.Text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!traditional.TryGetValue(chars[i], out _))
            {
                continue;
            }

            // Report a run of neighbouring traditional characters as one word.
            var start = i;
            while (i < chars.Length && traditional.TryGetValue(chars[i], out var simple))
            {
                chars[i] = simple;
                i++;
            }

            var from = Math.Max(0, start - 2);
            var to = Math.Min(chars.Length, i + 2);
            report.Add(new ReportEntry(ReportKind.TraditionalCharacter, block.Where, text[from..to], new string(chars, from, to - from),
                $"繁体字“{text[start..i]}”已改为简体“{new string(chars, start, i - start)}”。", Sources: block.Sources));
        }

        return new string(chars);
    }

    /// <summary>Full-width digits become ASCII digits; Chinese numerals (十, 三) are words and stay as written.</summary>
    public static (string Text, int Count) NarrowDigits(string text)
    {
        var count = text.Count(c => c is >= '０' and <= '９');
        if (count == 0)
        {
            return (text, 0);
        }

        return (string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= '０' and <= '９' ? (char)('0' + (source[i] - '０')) : source[i];
            }
        }), count);
    }

    private static (string Text, int Count) WidenPunctuation(string text)
    {
        var sb = new StringBuilder(text.Length);
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : '\0';
            if (FullWidth.TryGetValue(c, out var wide) && (ChineseText.IsHan(previous) || ChineseText.Closers.Contains(previous, StringComparison.Ordinal)))
            {
                sb.Append(wide);
                count++;
            }
            else
            {
                sb.Append(c);
            }
        }

        return (sb.ToString(), count);
    }
}
