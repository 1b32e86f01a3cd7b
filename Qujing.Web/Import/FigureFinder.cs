using System.Globalization;
using System.Text.RegularExpressions;

namespace Qujing.Web.Import;

/// <summary>
/// Finds counted figures: "{what}{number}{unit}" closing a clause ("常住人口575.6万人") and "{number}{measure}{what}"
/// ("9个示范文本"). Years and dates are not figures.
/// </summary>
public static partial class FigureFinder
{
    private const string Units = "万余人|万人|余人|人|万余所|所|亩|个|项|名|家|万元|亿元|元|平方米|公顷";
    private const string Measures = "个|项|所|亩|名|家|篇|条";

    // Words that open a clause before the thing counted, not part of its name.
    private static readonly string[] Openers = ["其中", "共有", "拥有", "现有", "有", "共", "达", "约", "和"];

    // [0-9], not \d: .NET's \d also matches other scripts' digits, which decimal.Parse rejects.
    [GeneratedRegex("(?<label>[\u4e00-\u9fff]{2,14})(?<value>[0-9]+(?:\\.[0-9]+)?)(?<unit>" + Units + ")(?=[，。；、]|$)")]
    private static partial Regex LabelFirst();

    [GeneratedRegex("(?<![0-9.])(?<value>[0-9]+(?:\\.[0-9]+)?)(?<unit>" + Measures + ")(?<label>[\u4e00-\u9fff]{2,10}?)(?=[，。；、》）]|和|成为|是|$)")]
    private static partial Regex ValueFirst();

    public static List<ImportedFigure> Find(IEnumerable<Passage> passages)
    {
        var figures = new List<ImportedFigure>();
        foreach (var passage in passages)
        {
            foreach (var sentence in ChineseText.Sentences(passage.Text))
            {
                foreach (var clause in ChineseText.Clauses(sentence).Select(ChineseText.Core))
                {
                    var matches = LabelFirst().Matches(clause).ToList();
                    if (matches.Count == 0)
                    {
                        matches = ValueFirst().Matches(clause).ToList();
                    }

                    foreach (var m in matches)
                    {
                        var value = m.Groups["value"].Value;
                        figures.Add(new ImportedFigure(decimal.Parse(value, CultureInfo.InvariantCulture), value, m.Groups["unit"].Value,
                            TrimOpeners(m.Groups["label"].Value), sentence.Trim(), passage.Ref));
                    }
                }
            }
        }

        return figures;
    }

    private static string TrimOpeners(string label)
    {
        foreach (var opener in Openers.Where(o => label.StartsWith(o, StringComparison.Ordinal) && label.Length > o.Length + 1))
        {
            return label[opener.Length..];
        }

        return label;
    }
}
