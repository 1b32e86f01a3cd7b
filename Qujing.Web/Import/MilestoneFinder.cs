using System.Globalization;
using System.Text.RegularExpressions;

namespace Qujing.Web.Import;

/// <summary>
/// Finds dated events: a date ("2022年1月16日", "2022年5月", "2022年", "2022年以来") that opens a clause, with the rest
/// of its sentence. The level is told by who acts first in that sentence. An event that does not say who acted
/// ("学校进一步打造…") takes the one school its paragraph names, or is left to an editor: never guessed.
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

    /// <summary>Words that stand for a school without naming it.</summary>
    private static readonly string[] UnnamedSchool = ["学校", "该校", "全校"];

    public static List<ImportedMilestone> Find(
        IEnumerable<Passage> passages, IReadOnlyList<ImportedSchool> schools, IReadOnlyList<ImportedPlace> places, List<ReportEntry> report)
    {
        var found = new List<ImportedMilestone>();
        foreach (var passage in passages)
        {
            foreach (var sentence in ChineseText.Sentences(passage.Text))
            {
                foreach (Match m in DateAtClauseStart().Matches(sentence))
                {
                    var dateText = m.Value.TrimEnd('，', '：');
                    var summary = sentence[(m.Index + m.Length)..].Trim();
                    var (level, school) = LevelOf(summary, sentence, schools, places);
                    ReportEntry? change = null;
                    if (!NamesWhoActed(summary, schools, places))
                    {
                        if (SubjectOf(passage, schools) is not { } subject)
                        {
                            report.Add(new ReportEntry(ReportKind.MilestoneWithoutSubject, Where(passage), sentence.Trim(), null,
                                $"“{dateText}”这件事没有写明是谁做的，所在段落也没有点名唯一一所学校，未列入大事记。如能确定，请在“大事记”中新建。",
                                passage.Ref.Section, passage.Sources));
                            continue;
                        }

                        var named = WithSubject(summary, subject);
                        change = new ReportEntry(ReportKind.MilestoneSubjectAdded, Where(passage), summary, named,
                            $"“{dateText}”这件事原句没有写明是谁做的；所在段落只点名了{subject}，大事记中写明为{subject}。", passage.Ref.Section, passage.Sources);
                        (summary, level, school) = (named, MilestoneLevel.School, subject);
                    }

                    var milestone = new ImportedMilestone(DateOf(m, out var precision), precision, dateText, summary, level, sentence.Trim(), passage.Ref, school);
                    if (!found.Any(f => f.Date == milestone.Date && f.Summary == milestone.Summary))
                    {
                        found.Add(milestone);
                        report.AddRange(change is null ? [] : [change]);
                    }
                }
            }
        }

        return [.. found.OrderBy(f => MilestoneDates.SortKey(f.Date, f.Precision))];
    }

    private static DateOnly DateOf(Match m, out DatePrecision precision)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        precision = m.Groups["d"].Success ? DatePrecision.Day : m.Groups["m"].Success ? DatePrecision.Month : DatePrecision.Year;
        var month = m.Groups["m"].Success ? Math.Clamp(int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), 1, 12) : 1;
        var day = m.Groups["d"].Success ? Math.Clamp(int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), 1, DateTime.DaysInMonth(year, month)) : 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Whether the event names who acted: a school, a body, a place; "学校…" alone does not.</summary>
    private static bool NamesWhoActed(string summary, IReadOnlyList<ImportedSchool> schools, IReadOnlyList<ImportedPlace> places) =>
        !UnnamedSchool.Any(w => summary.StartsWith(w, StringComparison.Ordinal)) && Candidates(summary, schools, places).Count > 0;

    /// <summary>The school a paragraph is about: the only one it names.</summary>
    private static string? SubjectOf(Passage passage, IReadOnlyList<ImportedSchool> schools) =>
        schools.Where(s => s.Passages.Any(p => p.Ref == passage.Ref)).Select(s => s.Name).ToList() is [var only] ? only : null;

    /// <summary>"学校进一步打造…" becomes "宣威市第六中学进一步打造…"; an event with no subject at all gets the name in front.</summary>
    private static string WithSubject(string summary, string school) =>
        UnnamedSchool.FirstOrDefault(w => summary.StartsWith(w, StringComparison.Ordinal)) is { } word
            ? school + summary[word.Length..]
            : school + summary;

    private static string Where(Passage passage) => passage.Sources is { Count: > 0 } sources
        ? $"原文第 {string.Join("、", sources)} 段"
        : $"第 {passage.Ref.Section + 1} 部分第 {passage.Ref.Paragraph} 段";

    private static (MilestoneLevel, string?) LevelOf(string summary, string sentence, IReadOnlyList<ImportedSchool> schools, IReadOnlyList<ImportedPlace> places)
    {
        foreach (var text in new[] { summary, sentence })
        {
            var candidates = Candidates(text, schools, places);
            if (candidates.Count > 0)
            {
                var first = candidates.OrderBy(c => c.At).ThenBy(c => c.Level == MilestoneLevel.School ? 0 : 1).First();
                return (first.Level, first.School);
            }
        }

        return (MilestoneLevel.City, null);
    }

    /// <summary>Everyone the text names who could have acted, with where and at what level.</summary>
    private static List<(int At, MilestoneLevel Level, string? School)> Candidates(string text, IReadOnlyList<ImportedSchool> schools, IReadOnlyList<ImportedPlace> places)
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
        return candidates;
    }
}
