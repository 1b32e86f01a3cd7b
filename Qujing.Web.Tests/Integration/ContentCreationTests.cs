using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// Editors create every kind of item (except the one feature): a first draft readers do not see until it is published,
/// with history, publishing and the trash exactly as for imported items.
/// </summary>
public sealed class ContentCreationTests : IDisposable
{
    /// <summary>Two characters the article never uses, in every new item: where they show, the item shows.</summary>
    private const string Marker = "翩跹";

    private static readonly string[] PublicPages = ["/", "/schools", "/timeline", "/figures", "/feed.xml", "/sitemap.xml"];

    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Kinds => ["sections", "schools", "milestones", "figures", "quotes"];

    /// <summary>A valid new item of each kind, and the public pages that show it once it is published.</summary>
    private (Dictionary<string, string> Fields, string? OwnPage, string[] ShownOn) NewItem(string kind) => kind switch
    {
        "sections" => (new() { ["Content.Heading"] = $"{Marker}栏目", ["Content.Slug"] = "honghan", ["Content.BodyMarkdown"] = $"鸿雁{Marker}的正文。" },
            "/sections/honghan", ["/sections/honghan", "/", "/timeline"]),
        "schools" => (new()
            {
                ["Content.Name"] = $"鸿雁{Marker}学校", ["Content.Slug"] = "honghan-school", ["Content.County"] = _site.Factory.Query(db => db.Counties.OrderBy(c => c.Id).Last().Name),
                ["Content.Aliases"] = "鸿雁校", ["Content.ProfileMarkdown"] = "新学校的简介。",
            },
            "/schools/honghan-school", ["/schools/honghan-school", "/schools", "/"]),
        "milestones" => (new()
            {
                ["Content.Date"] = "2031-05-06", ["Content.DateText"] = "2031年5月", ["Content.Level"] = "City", ["Content.Summary"] = $"鸿雁{Marker}的大事。", ["Content.SourceSentence"] = "",
            },
            null, ["/timeline", "/"]),
        // Full-width digits, as a Chinese input method types them.
        "figures" => (new() { ["Content.Value"] = "１２３", ["Content.Unit"] = "只", ["Content.Label"] = $"鸿雁{Marker}的数量", ["Content.SourceSentence"] = "鸿雁飞来。" },
            null, ["/figures", "/"]),
        "quotes" => (new() { ["Content.Speaker"] = "鸿雁", ["Content.Role"] = "校长", ["Content.Words"] = $"{Marker}的话。", ["Content.IsDirect"] = "true" },
            null, []),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task NewItemIsADraftReadersSeeOnlyOncePublishedAndItCanBeTrashedAndRestored(string kind)
    {
        var (fields, ownPage, shownOn) = NewItem(kind);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var list = await AdminSite.GetDocumentAsync(editor, $"/admin/{kind}");
        Assert.Contains("新建", list.QuerySelector($"a[href='/admin/{kind}/new']")?.TextContent ?? "no link to /new");

        // The new form has the edit form's fields.
        var edit = list.QuerySelector("a[href$='/edit']")!.GetAttribute("href")!;
        Assert.Equal(FieldNames(await AdminSite.GetDocumentAsync(editor, edit)), FieldNames(await AdminSite.GetDocumentAsync(editor, $"/admin/{kind}/new")));

        // Readers' pages are cached before the item exists: publishing it later must still reach them.
        await AssertHiddenAsync(ownPage);

        var created = await AdminSite.PostFormAsync(editor, $"/admin/{kind}/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        Assert.Matches($"^/admin/{kind}/[0-9]+/preview/1$", location);
        var id = int.Parse(location.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);

        var revision = _site.Factory.Query(db => db.Revisions.Single(r => r.ItemType == ItemType(kind) && r.ItemId == id));
        Assert.Equal((1, "新建", AdminSite.EditorName), (revision.Number, revision.Note, revision.Author));
        Assert.Contains(_site.Factory.Query(db => db.AuditEntries.ToList()), a => a.Action.StartsWith("新建", StringComparison.Ordinal) && a.ItemId == id && a.ItemType == ItemType(kind));
        await AssertHiddenAsync(ownPage);

        var preview = await editor.GetAsync(new Uri(location, UriKind.Relative), Ct);
        var previewPage = await AdminSite.ReadAsync(preview);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains(Marker, previewPage.Body!.TextContent);
        Assert.NotNull(previewPage.QuerySelector($"form[action='/admin/{kind}/{id}/publish/1']"));
        Assert.Contains("未发布", (await AdminSite.GetDocumentAsync(editor, $"/admin/{kind}")).Body!.TextContent);

        var history = await AdminSite.GetDocumentAsync(editor, $"/admin/{kind}/{id}/history");
        var row = Assert.Single(history.QuerySelectorAll("tbody tr"));
        Assert.Contains("新建", row.TextContent);
        Assert.Contains(AdminSite.EditorName, row.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await AdminSite.PostFormAsync(editor, $"/admin/{kind}/{id}/publish/1", [], location)).StatusCode);
        await AssertShownAsync(shownOn);

        await AdminSite.PostFormAsync(editor, $"/admin/{kind}/{id}/trash", [], $"/admin/{kind}");
        await AssertHiddenAsync(ownPage);

        await AdminSite.PostFormAsync(editor, $"/admin/{kind}/{id}/untrash", [], $"/admin/{kind}");
        await AssertShownAsync(shownOn);

        var restored = await AdminSite.PostFormAsync(editor, $"/admin/{kind}/{id}/restore/1", [], $"/admin/{kind}/{id}/history");
        Assert.Equal($"/admin/{kind}/{id}/preview/2", restored.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri($"/admin/{kind}/{id}/diff?from=1&to=2", UriKind.Relative), Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EmptyNewFormGetsChineseMessagesAndCreatesNothing(string kind)
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var before = Counts();

        var response = await AdminSite.PostFormAsync(editor, $"/admin/{kind}/new", []);
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var messages = page.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).Where(m => m.Length > 0).ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Matches("^请", m));
        Assert.Equal(before, Counts());
    }

    [Theory]
    [InlineData("schools", "Content.County", "火星县", "没有“火星县”")]
    [InlineData("schools", "Content.Slug", "school-1", "已被其他学校使用")]
    [InlineData("sections", "Content.Slug", "section-1", "已被其他栏目使用")]
    [InlineData("sections", "Content.Slug", "<script>", "小写英文字母")]
    [InlineData("figures", "Content.Value", "十", "只能是数字")]
    [InlineData("milestones", "Content.Date", "2022-02-30", "不是有效的日期")]
    [InlineData("milestones", "Content.Level", "Galactic", "请选择层级")]
    [InlineData("quotes", "Content.IsDirect", "maybe", "请选择引语类型")]
    public async Task InvalidNewItemIsExplainedNextToTheFieldWithTheInputKept(string kind, string field, string value, string message)
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var fields = NewItem(kind).Fields;
        fields[field] = value;
        var before = Counts();

        var response = await AdminSite.PostFormAsync(editor, $"/admin/{kind}/new", fields);
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent ?? $"no message for {field}");
        // A select cannot show a value it has no option for; every other field shows what was typed.
        var kept = fields.Where(f => f.Key.StartsWith("Content.", StringComparison.Ordinal) && !(f.Key == field && page.QuerySelector($"select[name='{field}']") is not null));
        Assert.All(kept, f => Assert.Equal(f.Value, ValueOf(page, f.Key)));
        Assert.Equal(before, Counts());
    }

    [Fact]
    public async Task EditorsCreatingTheSameAddressAtOnceGetOneItemAndMessagesNeverA500()
    {
        var editors = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword)));
        var forms = await Task.WhenAll(editors.Select(e => AdminSite.GetDocumentAsync(e, "/admin/sections/new")));

        var responses = await Task.WhenAll(editors.Select((e, i) =>
        {
            var fields = NewItem("sections").Fields;
            fields["__RequestVerificationToken"] = forms[i].QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            return e.PostAsync(new Uri("/admin/sections/new", UriKind.Relative), new FormUrlEncodedContent(fields), Ct);
        }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("已被其他栏目使用", (await AdminSite.ReadAsync(refused)).QuerySelector("[data-valmsg-for='Content.Slug']")!.TextContent);
        }

        Assert.Equal(1, _site.Factory.Query(db => db.Sections.IgnoreQueryFilters().Count(s => s.Slug == "honghan")));
        Assert.Equal(1, _site.Factory.Query(db => db.Revisions.Count(r => r.Note == "新建")));
    }

    [Fact]
    public async Task TheFeatureCannotBeCreated()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var list = await AdminSite.GetDocumentAsync(editor, "/admin/feature");
        var form = await editor.GetAsync(new Uri("/admin/feature/new", UriKind.Relative), Ct);

        Assert.Null(list.QuerySelector("a[href='/admin/feature/new']"));
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.Equal(1, _site.Factory.Query(db => db.Features.Count()));
    }

    private static string ItemType(string kind) => kind switch
    {
        "sections" => "section", "schools" => "school", "milestones" => "milestone", "figures" => "figure", _ => "quote",
    };

    private static List<string> FieldNames(IDocument page) =>
        [.. page.QuerySelectorAll("form.form [name^='Content.']").Select(e => e.GetAttribute("name")!).Order(StringComparer.Ordinal)];

    private static string? ValueOf(IDocument page, string name) => page.QuerySelector($"form [name='{name}']") switch
    {
        IHtmlTextAreaElement t => t.Value,
        IHtmlSelectElement s => s.Value,
        var e => e?.GetAttribute("value"),
    };

    private (int, int, int) Counts() => _site.Factory.Query(db => (db.Revisions.Count(), db.AuditEntries.Count(a => a.Action.StartsWith("新建")),
        db.Sections.IgnoreQueryFilters().Count() + db.Schools.IgnoreQueryFilters().Count() + db.Milestones.IgnoreQueryFilters().Count()
        + db.KeyFigures.IgnoreQueryFilters().Count() + db.Quotes.IgnoreQueryFilters().Count()));

    private async Task<string> ReaderGetsAsync(string url)
    {
        var response = await _site.Anonymous().GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private async Task<int> SearchHitsAsync()
    {
        var page = await AdminSite.GetDocumentAsync(_site.Anonymous(), $"/search?q={Uri.EscapeDataString(Marker)}");
        return page.QuerySelectorAll(".results li").Count(li => li.TextContent.Contains(Marker, StringComparison.Ordinal));
    }

    private async Task AssertHiddenAsync(string? ownPage)
    {
        foreach (var url in PublicPages)
        {
            var body = await ReaderGetsAsync(url);
            Assert.False(body.Contains(Marker, StringComparison.Ordinal) || body.Contains("honghan", StringComparison.Ordinal), $"{url} shows the item");
        }

        Assert.Equal(0, await SearchHitsAsync());
        if (ownPage is not null)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _site.Anonymous().GetAsync(new Uri(ownPage, UriKind.Relative), Ct)).StatusCode);
        }
    }

    private async Task AssertShownAsync(string[] shownOn)
    {
        foreach (var url in shownOn)
        {
            Assert.True((await ReaderGetsAsync(url)).Contains(Marker, StringComparison.Ordinal), $"{url} does not show the item");
        }

        // The navigation in every page's header lists a published section.
        if (shownOn.Contains("/sections/honghan"))
        {
            Assert.Contains("/sections/honghan", await ReaderGetsAsync("/timeline"));
            Assert.Contains("/sections/honghan", await ReaderGetsAsync("/sitemap.xml"));
        }

        if (shownOn.Contains("/schools/honghan-school"))
        {
            Assert.Contains("/schools/honghan-school", await ReaderGetsAsync("/sitemap.xml"));
        }

        Assert.True(await SearchHitsAsync() > 0, "search does not find the item");
    }
}
