using System.Net;

namespace Qujing.Web.Tests.Integration;

/// <summary>Markdown nested too deep is refused with a field message; if it is in the database already, pages still work.</summary>
public sealed class DeepMarkdownTests : IDisposable
{
    private static readonly string NestedList = string.Join("\n", Enumerable.Range(0, 64).Select(i => new string(' ', i * 2) + "- 第" + i + "层"));

    private static readonly string NestedQuotes = new string('>', 128) + " 深层引用";

    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int SectionId => _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-3").Id);

    private static Dictionary<string, string> Form(string body, string intent) => new()
    {
        ["Content.Heading"] = "破解改革难题", ["Content.Slug"] = "section-3", ["Content.BodyMarkdown"] = body, ["basedOn"] = "1", ["intent"] = intent,
    };

    [Theory]
    [InlineData("preview")]
    [InlineData("save")]
    public async Task MarkdownNestedTooDeepIsExplainedNextToTheFieldAndNotStored(string intent)
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        foreach (var body in new[] { NestedList, NestedQuotes })
        {
            var response = await AdminSite.PostFormAsync(editor, $"/admin/sections/{SectionId}/edit", Form(body, intent), $"/admin/sections/{SectionId}/edit");
            var page = await AdminSite.ReadAsync(response);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("嵌套层级过深", page.QuerySelector("[data-valmsg-for='Content.BodyMarkdown']")!.TextContent);
            Assert.Equal(body, page.QuerySelector("textarea")!.TextContent.Trim('\n'));
        }

        Assert.Equal(1, _site.Factory.Query(db => db.Revisions.Count(r => r.ItemType == "section" && r.ItemId == SectionId)));
    }

    [Fact]
    public async Task NewSectionNestedTooDeepIsRefused()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var response = await AdminSite.PostFormAsync(editor, "/admin/sections/new",
            new() { ["Content.Heading"] = "编者按", ["Content.Slug"] = "editors-note", ["Content.BodyMarkdown"] = NestedQuotes }, "/admin/sections/new");
        var page = await AdminSite.ReadAsync(response);

        Assert.Contains("嵌套层级过深", page.QuerySelector("[data-valmsg-for='Content.BodyMarkdown']")!.TextContent);
        Assert.False(_site.Factory.Query(db => db.Sections.Any(s => s.Slug == "editors-note")));
    }

    [Fact]
    public async Task PagesStillWorkWhenDeeplyNestedMarkdownIsAlreadyPublished()
    {
        var school = _site.Factory.Query(db =>
        {
            db.Sections.Single(s => s.Slug == "section-3").BodyMarkdown = "第一段。\n\n" + NestedList + "\n\n" + NestedQuotes;
            db.Features.Single().LeadMarkdown = NestedQuotes;
            var first = db.Schools.OrderBy(s => s.Position).First();
            first.ProfileMarkdown = NestedList;
            db.SaveChanges();
            return first.Slug;
        });
        var reader = _site.Anonymous();

        foreach (var url in new[] { "/", "/sections/section-3", $"/schools/{school}", "/feed.xml", "/search?q=" + Uri.EscapeDataString("学校") })
        {
            var response = await reader.GetAsync(new Uri(url, UriKind.Relative), Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        }

        Assert.Contains("深层引用", await reader.GetStringAsync(new Uri("/sections/section-3", UriKind.Relative), Ct));
    }
}
