using System.Net;
using AngleSharp;

namespace Qujing.Web.Tests.Integration;

/// <summary>Hostile link targets in an editor's Markdown never become a link: not in previews, pages, search or the feed.</summary>
public sealed class HostileLinkTests : IDisposable
{
    /// <summary>The corpus with its images as links: an image from outside the media library is refused on save now
    /// (MediaInPagesTests), while a hostile link must still save and be shown as text.</summary>
    private static readonly string Hostile = HostileCorpus.Links.Replace("![", "[", StringComparison.Ordinal);

    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> GetOkAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static async Task AssertNoUnsafeUrlAsync(string html, string because)
    {
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html), Ct);
        Assert.True(UnsafeUrls.In(page) is [], $"{because}: {string.Join(", ", UnsafeUrls.In(page))}");
        Assert.Contains("点我", page.Body!.TextContent);
    }

    private static Dictionary<string, string> Form(int basedOn, string intent, params (string Key, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => f.Key, f => f.Value);
        form["basedOn"] = basedOn.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form["intent"] = intent;
        return form;
    }

    [Fact]
    public async Task HostileLinksInAPublishedSectionAreTextInThePreviewThePageSearchAndTheFeed()
    {
        var id = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-2").Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var fields = new[] { ("Content.Heading", "高位统筹推进"), ("Content.Slug", "section-2"), ("Content.BodyMarkdown", Hostile) };

        var previewed = await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", Form(1, "preview", fields), $"/admin/sections/{id}/edit");
        await AssertNoUnsafeUrlAsync(await previewed.Content.ReadAsStringAsync(Ct), "the preview button");

        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", Form(1, "save", fields), $"/admin/sections/{id}/edit");
        await AssertNoUnsafeUrlAsync(await GetOkAsync(editor, $"/admin/sections/{id}/preview/2"), "the draft preview");
        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/publish/2", [], $"/admin/sections/{id}/preview/2");

        var reader = _site.Anonymous();
        await AssertNoUnsafeUrlAsync(await GetOkAsync(reader, "/sections/section-2"), "the section page");
        await AssertNoUnsafeUrlAsync(await GetOkAsync(reader, "/search?q=" + Uri.EscapeDataString("点我")), "the search results");
        var feed = await GetOkAsync(reader, "/feed.xml");
        Assert.Empty(UnsafeUrls.InXml(feed));
        Assert.DoesNotContain("javascript:alert", feed, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HostileLinksInTheLeadAndASchoolProfileAreTextInTheirPreviews()
    {
        var featureId = _site.Factory.Query(db => db.Features.Single().Id);
        var schoolId = _site.Factory.Query(db => db.Schools.OrderBy(s => s.Position).First().Id);
        var school = _site.Factory.Query(db => db.Schools.Where(s => s.Id == schoolId).Select(s => new { s.Name, s.Slug, County = s.County!.Name }).Single());
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        await AdminSite.PostFormAsync(editor, $"/admin/feature/{featureId}/edit",
            Form(1, "save", ("Content.Title", "答好改革之卷 育好时代新人"), ("Content.Byline", "博达"), ("Content.LeadMarkdown", Hostile)), $"/admin/feature/{featureId}/edit");
        await AdminSite.PostFormAsync(editor, $"/admin/schools/{schoolId}/edit",
            Form(1, "save", ("Content.Name", school.Name), ("Content.Slug", school.Slug), ("Content.County", school.County), ("Content.ProfileMarkdown", Hostile)), $"/admin/schools/{schoolId}/edit");

        await AssertNoUnsafeUrlAsync(await GetOkAsync(editor, $"/admin/feature/{featureId}/preview/2"), "the feature preview");
        await AssertNoUnsafeUrlAsync(await GetOkAsync(editor, $"/admin/schools/{schoolId}/preview/2"), "the school preview");
    }
}
