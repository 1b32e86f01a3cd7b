using System.Buffers;
using System.Globalization;
using System.Text;

namespace Qujing.Web.Text;

/// <summary>
/// The one rule for text that enters the site (editors' fields, imported articles, search queries) and for stored
/// text that leaves it in XML (decision 0007). The result is NFC, has LF line ends, and holds no character that
/// breaks XML, search or normalisation, nor any invisible character that can disguise what a reader sees.
/// </summary>
public static class InputText
{
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>
    /// Drops control characters except tab and newline (CR LF and a lone CR become LF), Unicode non-characters, lone
    /// surrogates, bidirectional controls and zero-width characters, keeping a zero-width joiner only inside an emoji
    /// sequence (where it makes 👨‍👩‍👧 one picture); then normalises to NFC.
    /// </summary>
    /// <summary>The first <paramref name="max"/> UTF-16 units, never ending in half a surrogate pair (a 𠀀 is two).</summary>
    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)];

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (IsCleanAlready(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var previous = default(Rune);
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != OperationStatus.Done)
            {
                i++;
                continue;
            }

            i += used;
            if (rune.Value == '\r')
            {
                sb.Append('\n');
                i += i < text.Length && text[i] == '\n' ? 1 : 0;
                previous = new Rune('\n');
                continue;
            }

            var keep = rune.Value == ZeroWidthJoiner
                ? IsEmoji(previous) && Rune.DecodeFromUtf16(text.AsSpan(i), out var next, out _) == OperationStatus.Done && IsEmoji(next)
                : !IsStripped(rune.Value);
            if (keep)
            {
                sb.Append(rune.ToString());
                previous = rune;
            }
        }

        var cleaned = sb.ToString();
        return cleaned.IsNormalized(NormalizationForm.FormC) ? cleaned : cleaned.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Most text (every search result, every stored field) has nothing to drop: then the rule would rebuild the same
    /// string. Anything that needs a closer look (surrogates, CR, a joiner) takes the full path.
    /// </summary>
    private static bool IsCleanAlready(string text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || c is '\r' or ZeroWidthJoiner || IsStripped(c))
            {
                return false;
            }
        }

        return text.IsNormalized(NormalizationForm.FormC);
    }

    private static bool IsStripped(int c) =>
        (c < 0x20 && c is not '\t' and not '\n')
        || c is >= 0x7F and <= 0x9F
        || (c & 0xFFFE) == 0xFFFE || c is >= 0xFDD0 and <= 0xFDEF
        || c is 0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069)
        || c is 0x200B or 0x200C or (>= 0x2060 and <= 0x2064) or 0xFEFF;

    /// <summary>Emoji and the symbols and variation selector that emoji sequences join.</summary>
    private static bool IsEmoji(Rune r) =>
        r.Value >= 0x1F000 || r.Value == 0xFE0F || Rune.GetUnicodeCategory(r) == UnicodeCategory.OtherSymbol;
}
