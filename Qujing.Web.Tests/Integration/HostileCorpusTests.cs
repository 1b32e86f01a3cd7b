using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Reflection;
using System.Text;
using AngleSharp;
using AngleSharp.Html.Dom;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Home;
using Qujing.Web.Features.Quotes;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Features.Timeline;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// Every piece of the hostile corpus goes into every field of every kind, through preview, save and publish, and then
/// every public page is read: no 500 anywhere, no dangerous URL in any response, nothing stored that was refused.
/// </summary>
public sealed class HostileCorpusTests : IDisposable
{
    private static readonly (string Kind, Type Content)[] Kinds =
        [("sections", typeof(SectionContent)), ("feature", typeof(FeatureContent)), ("schools", typeof(SchoolContent)),
         ("milestones", typeof(MilestoneContent)), ("figures", typeof(FigureContent)), ("quotes", typeof(QuoteContent))];

    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(HostileCorpus.Names), MemberType = typeof(HostileCorpus))]
    public async Task HostileTextBreaksNoPageAndLeavesNoDangerousUrl(string name)
    {
        var text = HostileCorpus.Texts[name];
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var publishes = 0;

        foreach (var (kind, content) in Kinds)
        {
            var edit = (await AdminSite.GetDocumentAsync(editor, $"/admin/{kind}")).QuerySelector("a[href$='/edit']")!.GetAttribute("href")!;

            // Everything hostile, constrained fields too: previewed, then saved (most likely refused).
            await PostAsync(editor, edit, "preview", content, text, everyField: true);
            await PostAsync(editor, edit, "save", content, text, everyField: true);

            // The free-text fields only, cut to their limits, so that it is saved and published if the rules allow.
            if (await PostAsync(editor, edit, "save", content, text, everyField: false) is { } preview)
            {
                await AssertAnswersAsync(editor, preview);
                var published = await AdminSite.PostFormAsync(editor, preview.Replace("/preview/", "/publish/", StringComparison.Ordinal), [], preview);
                Assert.True(published.StatusCode == HttpStatusCode.Redirect, $"{name}, publish {kind}: {published.StatusCode}");
                publishes++;
                await AssertAnswersAsync(editor, edit.Replace("/edit", "/history", StringComparison.Ordinal));
                await AssertAnswersAsync(editor, edit.Replace("/edit", "/diff?from=1&to=", StringComparison.Ordinal) + preview[(preview.LastIndexOf('/') + 1)..]);
            }
        }

        // Something of every entry gets through (cut to the limits, with its Markdown refused if too deep), so readers' pages meet it.
        Assert.True(publishes > 0, $"{name}: nothing was published");
        var reader = _site.Anonymous();
        var school = _site.Factory.Query(db => db.Schools.OrderBy(s => s.Position).First().Slug);
        var section = _site.Factory.Query(db => db.Sections.OrderBy(s => s.Position).First().Slug);
        foreach (var url in new[] { "/", $"/sections/{section}", "/schools", $"/schools/{school}", "/timeline", "/figures", "/feed.xml", "/sitemap.xml",
                     "/search?q=" + HostileCorpus.Escape(text.Length > 300 ? text[..300] : text) })
        {
            await AssertAnswersAsync(reader, url);
        }
    }

    [Fact]
    public async Task DiffOfHugeRevisionsAlreadyStoredAnswers()
    {
        var id = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-2").Id);
        var random = new Random(5);
        string Body() => string.Join("\n\n", Enumerable.Range(0, 1_100).Select(_ => new string([.. Enumerable.Range(0, 300).Select(_ => (char)random.Next(0x4E00, 0x9FA5))])));
        _site.Factory.Query(db =>
        {
            for (var number = 2; number <= 3; number++)
            {
                var content = new SectionContent { Heading = "高位统筹推进", Slug = "section-2", BodyMarkdown = Body() };
                db.Revisions.Add(new Data.Entities.Revision
                {
                    ItemType = SectionContent.ItemType, ItemId = id, Number = number, ContentJson = System.Text.Json.JsonSerializer.Serialize(content),
                    Author = "旧数据", At = DateTimeOffset.UtcNow, Note = "编辑",
                });
            }

            return db.SaveChanges();
        });
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        await AssertAnswersAsync(editor, $"/admin/sections/{id}/diff?from=2&to=3");
    }

    /// <summary>Posts the edit form with the text in its fields; the draft's preview address when it was saved, else null.</summary>
    private async Task<string?> PostAsync(HttpClient editor, string edit, string intent, Type content, string text, bool everyField)
    {
        var form = (await AdminSite.GetDocumentAsync(editor, edit)).QuerySelector("form[action$='/edit']")!
            .QuerySelectorAll("[name^='Content.'], [name=basedOn], [name=__RequestVerificationToken]")
            .ToDictionary(e => e.GetAttribute("name")!, e => e is IHtmlTextAreaElement t ? t.Value : (e as IHtmlSelectElement)?.Value ?? e.GetAttribute("value") ?? "");
        foreach (var field in content.GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite && form.ContainsKey($"Content.{p.Name}")))
        {
            var limit = field.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength ?? int.MaxValue;
            var constrained = field.GetCustomAttribute<RegularExpressionAttribute>() is not null || field.GetCustomAttribute<AllowedValuesAttribute>() is not null || field.Name == "County";
            if (everyField || !constrained)
            {
                form[$"Content.{field.Name}"] = everyField || text.Length <= limit ? text : text[..limit];
            }
        }

        form["intent"] = intent;
        var revisions = _site.Factory.Query(db => db.Revisions.Count());
        using var body = new StringContent(HostileCorpus.Encode(form), Encoding.UTF8, "application/x-www-form-urlencoded");
        var response = await editor.PostAsync(new Uri(edit, UriKind.Relative), body, Ct);

        Assert.True((int)response.StatusCode < 500, $"{intent} {edit}: {response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return response.Headers.Location!.OriginalString;
        }

        Assert.Equal(revisions, _site.Factory.Query(db => db.Revisions.Count()));
        await AssertSafeAsync(response, edit);
        return null;
    }

    private static async Task AssertAnswersAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        await AssertSafeAsync(response, url);
    }

    private static async Task AssertSafeAsync(HttpResponseMessage response, string url)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        var unsafeUrls = response.Content.Headers.ContentType?.MediaType is { } type && type.EndsWith("xml", StringComparison.Ordinal)
            ? UnsafeUrls.InXml(body)
            : UnsafeUrls.In(await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(body), Ct));
        Assert.True(unsafeUrls.Count == 0, $"{url}: {string.Join(", ", unsafeUrls)}");
    }
}
