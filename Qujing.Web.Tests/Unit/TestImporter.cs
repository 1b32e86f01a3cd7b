using Qujing.Web.Import;

namespace Qujing.Web.Tests.Unit;

/// <summary>Runs the importer on small synthetic texts with a tiny word list, so each rule is tested on its own.</summary>
public static class TestImporter
{
    public static readonly IWordList Words = new WordList(["坚持", "构建", "教育", "树人", "学校", "工作"]);

    private static readonly Dictionary<char, char> Traditional = new() { ['發'] = '发', ['揮'] = '挥', ['學'] = '学' };

    public static ImportResult Import(string text, PlaceRenames? renames = null) =>
        new ArticleImporter(new ChineseResources(Words, Traditional, renames)).Import(text);

    /// <summary>An article with a title, byline and one heading above the given paragraphs.</summary>
    public static ImportResult ImportParagraphs(params string[] paragraphs) => ImportParagraphs(null, paragraphs);

    /// <summary>The same, with a table of place renames.</summary>
    public static ImportResult ImportParagraphs(PlaceRenames? renames, params string[] paragraphs) =>
        Import("标题文字\n\n作者\n\n第一部分\n\n" + string.Join("\n\n", paragraphs) + "\n", renames);

    public static IReadOnlyList<string> Paragraphs(this ImportResult result) => [.. result.Passages.Select(p => p.Text)];

    public static IEnumerable<ReportEntry> Entries(this ImportResult result, ReportKind kind) => result.Report.Where(r => r.Kind == kind);
}
