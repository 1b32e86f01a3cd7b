using System.Text.RegularExpressions;

namespace Qujing.Web.Import;

/// <summary>
/// Finds quoted people: "“…”{role}{name}介绍" (direct) and "{role}{name}介绍，…。" (reported). The role must end
/// in a title (校长, 书记, 局长 …) so that the name after it is known to be two or three characters.
/// </summary>
public static partial class QuoteFinder
{
    private const string Titles = "校长|书记|局长|主任|院长|园长|老师|教师|负责人|部长|处长|科长|主席";
    private const string Verbs = "介绍|说|表示|指出|谈道|坦言";

    [GeneratedRegex("“(?<words>[^“”]{2,})”(?<role>[^，。；“”]{2,30}?(?:" + Titles + "))(?<name>[\u4e00-\u9fff]{2,3}?)(?:" + Verbs + ")")]
    private static partial Regex Direct();

    [GeneratedRegex("(?:^|(?<=[，。；]))(?<role>[^，。；“”]{2,30}?(?:" + Titles + "))(?<name>[\u4e00-\u9fff]{2,3}?)(?:" + Verbs + ")[，：](?<words>[^。“”]+。)")]
    private static partial Regex Reported();

    public static List<ImportedQuote> Find(IEnumerable<Passage> passages, IReadOnlyList<ImportedSchool> schools)
    {
        var quotes = new List<ImportedQuote>();
        foreach (var passage in passages)
        {
            var direct = Direct().Matches(passage.Text).ToList();
            foreach (var m in direct)
            {
                quotes.Add(Make(m, true, passage));
            }

            // Reported speech is taken only where the speaker is not already quoted directly in the paragraph.
            quotes.AddRange(Reported().Matches(passage.Text)
                .Where(m => !direct.Any(d => d.Groups["name"].Value == m.Groups["name"].Value))
                .Select(m => Make(m, false, passage)));
        }

        return quotes;

        ImportedQuote Make(Match m, bool isDirect, Passage passage)
        {
            var role = m.Groups["role"].Value;
            var school = schools.FirstOrDefault(s => role.Contains(s.Name, StringComparison.Ordinal) || s.Aliases.Any(a => role.Contains(a, StringComparison.Ordinal)));
            return new ImportedQuote(m.Groups["name"].Value, role, m.Groups["words"].Value, isDirect, school?.Name, passage.Ref);
        }
    }
}
