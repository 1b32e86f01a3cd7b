using System.Text.RegularExpressions;

namespace Qujing.Web.Import;

/// <summary>
/// Finds schools by the shapes Chinese school names take: the full name ("宣威市第五中学", "会泽县振兴小学") and
/// the short forms of numbered schools ("曲靖一中", "曲一中"), which are matched to the full name by place and number.
/// A full name written with a known old place name ("宣威县第一中学") also gets its likely current name as another name.
/// </summary>
public static partial class SchoolFinder
{
    private const string Numerals = "一二三四五六七八九十";

    [GeneratedRegex(@"(?<stem>[\u4e00-\u9fff]{2})(?<suffix>[市县区])(?<name>第[一二三四五六七八九十]{1,3}|[\u4e00-\u9fff]{2})(?<kind>中学|小学|学校|幼儿园)")]
    private static partial Regex FullName();

    [GeneratedRegex(@"(?<stem>[\u4e00-\u9fff]{1,2})(?<num>[一二三四五六七八九十]{1,2})中(?![学心国小])")]
    private static partial Regex ShortName();

    /// <summary>One way the text writes a school.</summary>
    internal sealed record Mention(string Written, string Stem, char Suffix, string Name, string Kind, int Index = 0)
    {
        public (string, string, string) Key => (Stem, Name, Kind);
    }

    internal static IEnumerable<Mention> FullNames(string text) =>
        FullName().Matches(text).Select(m => new Mention(
            m.Value, m.Groups["stem"].Value, m.Groups["suffix"].Value[0], m.Groups["name"].Value.TrimStart('第'), m.Groups["kind"].Value, m.Index));

    public static List<ImportedSchool> Find(
        IReadOnlyList<Passage> passages, IReadOnlyList<string> headings, IReadOnlyList<ImportedPlace> places, PlaceRenames renames, List<ReportEntry> report)
    {
        var stems = places.ToDictionary(p => p.Stem, StringComparer.Ordinal);
        var texts = passages.Select(p => p.Text).Concat(headings).ToList();
        var mentions = texts.SelectMany(t => FullNames(t).Concat(ShortNames(t, stems.Keys))).ToList();

        var schools = new List<ImportedSchool>();
        foreach (var group in mentions.GroupBy(m => m.Key))
        {
            var written = group.Select(m => m.Written).Distinct().ToList();
            var full = group.Where(m => m.Suffix != '\0').Select(m => m.Written).ToList();
            var name = full.Count > 0 ? full.GroupBy(n => n).OrderByDescending(g => g.Count()).First().Key : written.OrderByDescending(w => w.Length).First();
            var county = stems.TryGetValue(group.Key.Item1, out var place) ? place.Name : group.Key.Item1;
            var about = passages.Where(p => written.Any(w => p.Text.Contains(w, StringComparison.Ordinal))).ToList();
            var current = full.Select(renames.Current).OfType<(PlaceRename, string CurrentName)>().Select(c => c.CurrentName);
            schools.Add(new ImportedSchool(name, [.. written.Where(w => w != name), .. current.Where(c => !written.Contains(c)).Distinct()], county, about));
        }

        FlagSharedNames(mentions, report);
        return schools;
    }

    /// <summary>"曲靖一中" (place + number + 中) or "曲一中" (the place's first character), for a known place only.</summary>
    private static IEnumerable<Mention> ShortNames(string text, IEnumerable<string> knownStems)
    {
        foreach (Match m in ShortName().Matches(text))
        {
            var stem = m.Groups["stem"].Value;
            var resolved = knownStems.FirstOrDefault(s => s == stem)
                ?? knownStems.Where(s => s.StartsWith(stem[^1])).SingleOrDefaultOrNull();
            if (resolved is not null && m.Groups["num"].Value.All(Numerals.Contains))
            {
                var written = resolved == stem ? m.Value : m.Value[(stem.Length - 1)..];
                yield return new Mention(written, resolved, '\0', m.Groups["num"].Value, "中学");
            }
        }
    }

    private static void FlagSharedNames(List<Mention> mentions, List<ReportEntry> report)
    {
        // Numbered schools ("第一中学") exist in every county; a named school in two counties may be a mistake.
        foreach (var group in mentions.Where(m => !m.Name.All(Numerals.Contains)).GroupBy(m => (m.Name, m.Kind)))
        {
            var names = group.Select(m => m.Written).Distinct().ToList();
            if (group.Select(m => m.Stem).Distinct().Count() > 1)
            {
                report.Add(new ReportEntry(ReportKind.SameSchoolNameInCounties, "全文", string.Join("、", names), null,
                    $"不同县区都出现了“{group.Key.Name}{group.Key.Kind}”：{string.Join("、", names)}。按不同学校处理，请编辑核对是否有误。"));
            }
        }
    }

    private static string? SingleOrDefaultOrNull(this IEnumerable<string> source)
    {
        var list = source.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }
}
