using System.Text.RegularExpressions;

namespace Qujing.Web.Import;

/// <summary>
/// Finds the county-level places an article names ("会泽县", "宣威市", "沾益区") and which of them is the home city
/// (the place the article mentions most). Place names are two characters and a 市/县/区 suffix, met at the start of a
/// clause or in front of a school name. A place written two ways, one of them a known old name, goes by today's name.
/// </summary>
public static partial class PlaceFinder
{
    [GeneratedRegex(@"(?<![\u4e00-\u9fff])(?<stem>[\u4e00-\u9fff]{2})(?<suffix>[市县区])")]
    private static partial Regex ClauseStartPlace();

    /// <summary>Names of places, keyed by stem, with the suffix the text uses most for each.</summary>
    public static List<ImportedPlace> Find(IReadOnlyList<string> texts, PlaceRenames renames, List<ReportEntry> report)
    {
        var mentions = new Dictionary<string, Dictionary<char, int>>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            // A place at a clause start is often also the start of a school name: count each spot once.
            var spots = ClauseStartPlace().Matches(text).Select(m => (m.Index, m.Groups["stem"].Value, m.Groups["suffix"].Value[0]))
                .Concat(SchoolFinder.FullNames(text).Select(s => (s.Index, s.Stem, s.Suffix)))
                .Distinct();
            foreach (var (_, stem, suffix) in spots)
            {
                Add(stem, suffix);
            }
        }

        var all = string.Concat(texts);
        var home = mentions.Keys.OrderByDescending(stem => Regex.Count(all, Regex.Escape(stem))).FirstOrDefault();
        var places = new List<ImportedPlace>();
        foreach (var (stem, suffixes) in mentions)
        {
            var renamed = suffixes.Keys.Select(s => renames.Of(stem + s))
                .FirstOrDefault(r => r is not null && r.NewName[..^1] == stem && suffixes.ContainsKey(r.NewName[^1]));
            var best = renamed?.NewName[^1] ?? suffixes.OrderByDescending(s => s.Value).ThenBy(s => s.Key).First().Key;
            if (suffixes.Count > 1)
            {
                var variants = string.Join("、", suffixes.Select(s => $"{stem}{s.Key}（{s.Value} 次）"));
                report.Add(new ReportEntry(ReportKind.InconsistentPlaceName, "全文", variants, null, renamed is null
                    ? $"同一地名写法不一：{variants}。按出现较多的“{stem}{best}”归类，原文未改，请编辑核对。"
                    : $"同一地名写法不一：{variants}。“{renamed.OldName}”是旧名：{renamed.Stem}已于{renamed.Year}年{renamed.Change}。按今名“{renamed.NewName}”归类，原文未改；用旧名的校名已加注今名。"));
            }

            places.Add(new ImportedPlace(stem + best, stem, stem == home));
        }

        return places;

        void Add(string stem, char suffix)
        {
            if (!mentions.TryGetValue(stem, out var bySuffix))
            {
                mentions[stem] = bySuffix = [];
            }

            bySuffix[suffix] = bySuffix.GetValueOrDefault(suffix) + 1;
        }
    }
}
