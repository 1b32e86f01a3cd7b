using System.Text;
using Qujing.Web.Import;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Search;

/// <summary>
/// Normalisation shared by indexing, querying and highlighting: NFKC (full-width "１＋９" reads as "1+9"),
/// lower case, and no lone surrogates. Each output character remembers where it came from, for highlighting.
/// </summary>
public static class SearchText
{
    public static string Normalise(string text) => Map(text).Text;

    /// <summary>A reader's input made safe to show and search: trimmed, cut to a length, and through the input rule.</summary>
    public static string Clean(string? input, int maxLength)
    {
        var text = (input ?? "").Trim();
        text = text.Length > maxLength ? text[..maxLength] : text;

        // The cut may split a surrogate pair: the input rule drops the half, with whatever else would break normalising.
        return InputText.Clean(text).Trim();
    }

    /// <summary>The normalised text and, for each of its characters, the index of the source character.</summary>
    public static (string Text, int[] Source) Map(string text)
    {
        var sb = new StringBuilder(text.Length);
        var source = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                // Characters outside the BMP are kept whole; a lone surrogate (invalid UTF-16) is dropped.
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[i + 1]);
                    source.Add(i);
                    source.Add(i);
                    i++;
                }

                continue;
            }

            // ASCII and the common Han blocks fold one to one without asking ICU (most of a Chinese text, and the cost
            // of every snippet: a string and a normalisation per character otherwise).
            if (c < 128 || IsUnifiedHan(c))
            {
                sb.Append(c < 128 ? char.ToLowerInvariant(c) : c);
                source.Add(i);
                continue;
            }

            foreach (var f in Folded(c))
            {
                sb.Append(f);
                source.Add(i);
            }
        }

        return (sb.ToString(), [.. source]);
    }

    /// <summary>
    /// A character's NFKC lower-case form, asked of ICU once per character and kept: Chinese punctuation (，。“”：) is a
    /// tenth of the text, and a string and a normalisation per occurrence were most of an uncached search's folding.
    /// Writes race harmlessly (the same string); 64 K references at most.
    /// </summary>
    private static string Folded(char c) => FoldedForms[c] ??= c.ToString().Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    private static readonly string?[] FoldedForms = new string?[char.MaxValue + 1];

    /// <summary>CJK Unified Ideographs and Extension A: no compatibility mapping and no case, so NFKC and lower case keep them.</summary>
    private static bool IsUnifiedHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    /// <summary>Letters and digits other than Han make words of their own ("1+9+N" is 1, 9, n).</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !ChineseText.IsHan(c);
}
