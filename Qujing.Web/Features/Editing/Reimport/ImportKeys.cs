namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>
/// The identity of an item in the article, made from what the text itself says and never from a position in a list or
/// from what editors have since changed: a section is its heading, a school its name, a milestone its date as written
/// in its section, a figure its label and unit, a quote its speaker in its section. Items sharing a stem are numbered
/// in text order ("…#2"), so every key of one import is unique.
/// </summary>
public static class ImportKeys
{
    /// <summary>The stem of the one feature (numbered like every stem: its key is "feature#1").</summary>
    public const string Feature = "feature";

    public static string SectionStem(string heading) => "section:" + heading;

    public static string SchoolStem(string name) => "school:" + name;

    public static string MilestoneStem(string? sectionKey, string dateText) => $"milestone:{sectionKey}|{dateText}";

    public static string FigureStem(string label, string unit) => $"figure:{label}|{unit}";

    public static string QuoteStem(string? sectionKey, string speaker) => $"quote:{sectionKey}|{speaker}";

    /// <summary>Keys for stems in text order: the first "x" is "x#1", the second "x#2".</summary>
    public static List<string> Numbered(IEnumerable<string> stems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. stems.Select(stem => $"{stem}#{seen[stem] = seen.GetValueOrDefault(stem) + 1}")];
    }
}
