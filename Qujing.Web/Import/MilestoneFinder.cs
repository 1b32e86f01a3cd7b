using System.Text.RegularExpressions;

namespace Qujing.Web.Import;

/// <summary>
/// Finds dated events: a date ("2022年1月16日", "2022年5月", "2022年", "2022年以来") that opens a clause, with the rest
/// of its sentence. The level is told by who acts first in that sentence.
/// </summary>
public static partial class MilestoneFinder
{
    // [0-9], not \d: .NET's \d also matches other scripts' digits, which int.Parse rejects.
    [GeneratedRegex(@"(?<![0-9\u4e00-\u9fff])(?<y>(?:19|20)[0-9]{2})年(?:(?<m>[0-9]{1,2})月(?:(?<d>[0-9]{1,2})日)?)?(?<since>以来)?[，：]")]
    private static partial Regex DateAtClauseStart();

    /// <summary>Who acts, by level; the earliest found in the sentence decides.</summary>
    private static readonly (MilestoneLevel Level, string[] Markers)[] Actors =
    [
        (MilestoneLevel.National, ["中共中央", "中央", "国务院", "全国", "总书记", "教育部"]),
        (MilestoneLevel.Provincial, ["省委", "省政府", "省教育厅", "云南省"]),
    ];

    public static List<ImportedMilestone> Find(IEnumerable<Passage> passages, IReadOnlyList<ImportedSchool> schools, IReadOnlyList<ImportedPlace> places)
    {
        var found = new List<ImportedMilestone>();
        foreach (var passage in passages)
        {
            foreach (var sentence in ChineseText.Sentences(passage.Text))
            {
                foreach (Match m in DateAtClauseStart().Matches(sentence))
                {
                    var summary = sentence[(m.Index + m.Length)..].Trim();
                    var (level, school) = LevelOf(summary, sentence, schools, places);
                    var milestone = new ImportedMilestone(DateOf(m, out var precision), precision, m.Value.TrimEnd('，', '：'), summary, level, sentence.Trim(), passage.Ref, school);
                    if (!found.Any(f => f.Date == milestone.Date && f.Summary == milestone.Summary))
                    {
                        found.Add(milestone);
                    }
                }
            }
        }

        return [.. found.OrderBy(f => f.Date).ThenBy(f => f.Precision)];
    }

    private static DateOnly DateOf(Match m, out DatePrecision precision)
    {
        var year = int.Parse(m.Groups["y"].Value);
        precision = m.Groups["d"].Success ? DatePrecision.Day : m.Groups["m"].Success ? DatePrecision.Month : DatePrecision.Year;
        var month = m.Groups["m"].Success ? Math.Clamp(int.Parse(m.Groups["m"].Value), 1, 12) : 1;
        var day = m.Groups["d"].Success ? Math.Clamp(int.Parse(m.Groups["d"].Value), 1, DateTime.DaysInMonth(year, month)) : 1;
        return new DateOnly(year, month, day);
    }

    private static (MilestoneLevel, string?) LevelOf(string summary, string sentence, IReadOnlyList<ImportedSchool> schools, IReadOnlyList<ImportedPlace> places)
    {
        foreach (var text in new[] { summary, sentence })
        {
            var candidates = new List<(int At, MilestoneLevel Level, string? School)>();
            foreach (var school in schools)
            {
                foreach (var name in school.Aliases.Prepend(school.Name))
                {
                    var at = text.IndexOf(name, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        candidates.Add((at, MilestoneLevel.School, school.Name));
                    }
                }
            }

            foreach (var (level, markers) in Actors)
            {
                candidates.AddRange(markers.Select(mk => (text.IndexOf(mk, StringComparison.Ordinal), level, (string?)null)).Where(c => c.Item1 >= 0));
            }

            candidates.AddRange(places.Select(p => (text.IndexOf(p.Stem, StringComparison.Ordinal), MilestoneLevel.City, (string?)null)).Where(c => c.Item1 >= 0));
            if (candidates.Count > 0)
            {
                var first = candidates.OrderBy(c => c.At).ThenBy(c => c.Level == MilestoneLevel.School ? 0 : 1).First();
                return (first.Level, first.School);
            }
        }

        return (MilestoneLevel.City, null);
    }
}
