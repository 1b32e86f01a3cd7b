using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// Re-import as an Admin would use it after editors have worked on the site: items keep their identity, editors' changes
/// are never overwritten without a choice, changes arrive as drafts unless "publish now", and a confirm is all or nothing.
/// </summary>
public sealed class ReimportReviewTests : IDisposable
{
    private readonly AdminSite _site = new(("RateLimits:AdminPost:PermitLimit", "100000"));

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Source => File.ReadAllText(RepoPaths.SourceArticle);

    private Task<HttpClient> AdminAsync() => _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

    [Fact]
    public async Task EditorsCannotReimport()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var page = await editor.GetAsync(new Uri("/admin/import", UriKind.Relative), Ct);
        var menu = await AdminSite.GetDocumentAsync(editor, "/admin");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Null(menu.QuerySelector("a[href='/admin/import']"));
    }

    [Fact]
    public async Task ReorderedAndNewSectionsKeepTheirOwnText()
    {
        var admin = await AdminAsync();
        var headings = _site.Factory.Query(db => db.Sections.ToDictionary(s => s.Slug, s => s.Heading));
        var fourth = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-4").Id);
        await AdminSite.PostFormAsync(admin, $"/admin/sections/{fourth}/move?direction=-1", [], "/admin/sections");
        await AdminSite.PostFormAsync(admin, "/admin/sections/new", new() { ["Content.Heading"] = "编者按", ["Content.Slug"] = "editors-note", ["Content.BodyMarkdown"] = "本专题由编辑部整理。" });
        var note = _site.Factory.Query(db => db.Sections.IgnoreQueryFilters().Single(s => s.Slug == "editors-note").Id);
        await AdminSite.PostFormAsync(admin, $"/admin/sections/{note}/publish/1", [], $"/admin/sections/{note}/preview/1");

        await ConfirmAsync(admin, Source.Replace("破解改革难题", "破解改革难题与展望", StringComparison.Ordinal), publishNow: true);

        foreach (var (slug, heading) in headings)
        {
            var page = await _site.Anonymous().GetStringAsync(new Uri($"/sections/{slug}", UriKind.Relative), Ct);
            Assert.Contains(heading == "破解改革难题" ? "破解改革难题与展望" : heading, page);
        }

        Assert.Contains("本专题由编辑部整理", await _site.Anonymous().GetStringAsync(new Uri("/sections/editors-note", UriKind.Relative), Ct));
    }

    [Fact]
    public async Task TheSameTextAgainChangesNothing()
    {
        var admin = await AdminAsync();
        var before = _site.Factory.Query(Snapshot);
        var renamed = _site.Factory.Query(db => db.Schools.OrderBy(s => s.Id).First().Id);
        await SaveAndPublishAsync(admin, "schools", renamed, c => c["Content.Name"] += "（试点校）");

        var review = await ConfirmAsync(admin, Source, publishNow: true);

        Assert.Empty(review.QuerySelectorAll(".reimport-item.update, .reimport-item.add, .reimport-item.remove, .reimport-item.conflict"));
        var after = _site.Factory.Query(Snapshot);
        Assert.Equal(before.Items, after.Items);
        Assert.Equal(before.Revisions + 1, after.Revisions); // only the rename's revision
        Assert.EndsWith("（试点校）", _site.Factory.Query(db => db.Schools.Single(s => s.Id == renamed).Name));
        Assert.Equal(0, _site.Factory.Query(db => db.Schools.IgnoreQueryFilters().Count(s => s.DeletedAt != null)));
    }

    [Fact]
    public async Task ChangesArriveAsDraftsUnlessPublishNow()
    {
        var admin = await AdminAsync();

        var review = await ConfirmAsync(admin, Source.Replace("破解改革难题", "破解改革难题与展望", StringComparison.Ordinal), publishNow: false);

        Assert.Single(review.QuerySelectorAll(".reimport-item.update"));
        Assert.DoesNotContain("与展望", await _site.Anonymous().GetStringAsync(new Uri("/sections/section-3", UriKind.Relative), Ct));
        var section = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-3"));
        Assert.Equal(1, section.PublishedRevision);
        Assert.Equal(2, _site.Factory.Query(db => db.Revisions.Count(r => r.ItemType == "section" && r.ItemId == section.Id)));
    }

    [Fact]
    public async Task TheReviewComparesEachChangeWithWhatIsLive()
    {
        var admin = await AdminAsync();
        var id = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-3").Id);
        await SaveAndPublishAsync(admin, "sections", id, c => c["Content.Heading"] = "破解改革难题（已编辑）");

        var review = await ReviewAsync(admin, Source.Replace("破解改革难题", "破解改革难题与展望", StringComparison.Ordinal));

        var item = review.QuerySelector(".reimport-item.conflict")!;
        Assert.Contains("破解改革难题（已编辑）", item.QuerySelector(".live")!.TextContent);
        Assert.Contains("与展望", item.QuerySelector(".incoming")!.TextContent);
    }

    [Fact]
    public async Task AnEditorsChangeElsewhereIsMergedWithTheNewText()
    {
        var admin = await AdminAsync();
        var id = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-2").Id);
        await SaveAndPublishAsync(admin, "sections", id, c => c["Content.BodyMarkdown"] = c["Content.BodyMarkdown"].Replace("2018年9月10日", "2018年9月10日（编者注）", StringComparison.Ordinal));

        var review = await ConfirmAsync(admin, Source.Replace("第二十二次会议", "第二十二次全体会议", StringComparison.Ordinal), publishNow: false);

        Assert.NotNull(review.QuerySelector(".reimport-item.conflict input[value=Merge][checked]"));
        var live = await _site.Anonymous().GetStringAsync(new Uri("/sections/section-2", UriKind.Relative), Ct);
        Assert.Contains("（编者注）", live);
        Assert.DoesNotContain("全体会议", live);
        var latest = LatestSectionRevision(id);
        Assert.Contains("（编者注）", latest.ContentJson);
        Assert.Contains("第二十二次全体会议", latest.ContentJson);
    }

    [Fact]
    public async Task AnOverlappingChangeKeepsTheEditorsTextUnlessTheAdminTakesTheNewOne()
    {
        var admin = await AdminAsync();
        var id = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-2").Id);
        await SaveAndPublishAsync(admin, "sections", id, c => c["Content.BodyMarkdown"] = c["Content.BodyMarkdown"].Replace("第二十二次会议", "第二十二次会议（编辑改）", StringComparison.Ordinal));
        var text = Source.Replace("第二十二次会议", "第二十二次全体会议", StringComparison.Ordinal);
        var editorsRevision = LatestSectionRevision(id).Number;

        var review = await ConfirmAsync(admin, text, publishNow: false);

        Assert.NotNull(review.QuerySelector(".reimport-item.conflict input[value=Keep][checked]"));
        Assert.Null(review.QuerySelector(".reimport-item.conflict input[value=Merge]"));
        Assert.Equal(editorsRevision, LatestSectionRevision(id).Number);

        // The same text once more is no longer a change (it was reviewed); a further change can be taken over the editor's.
        var again = await ReviewAsync(admin, text);
        Assert.Empty(again.QuerySelectorAll(".reimport-item.conflict"));
        await ConfirmAsync(admin, text.Replace("第二十二次全体会议", "第二十二次全体会议上", StringComparison.Ordinal), publishNow: true, choose: "Take");
        Assert.Contains("第二十二次全体会议上", await _site.Anonymous().GetStringAsync(new Uri("/sections/section-2", UriKind.Relative), Ct));
    }

    [Fact]
    public async Task AReviewOverTakenByAnEditIsNotConfirmed()
    {
        var admin = await AdminAsync();
        var review = await StageAsync(admin, Source.Replace("破解改革难题", "破解改革难题与展望", StringComparison.Ordinal));
        var id = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-3").Id);
        var form = Fields(await AdminSite.GetDocumentAsync(admin, review));
        await SaveAndPublishAsync(admin, "sections", id, c => c["Content.Heading"] = "破解改革难题（刚刚改）");

        var response = await AdminSite.PostFormAsync(admin, review + "/confirm", form, review);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("请重新审阅", (await AdminSite.ReadAsync(response)).QuerySelector(".errors")!.TextContent);
        Assert.Equal(1, _site.Factory.Query(db => db.ImportRuns.Count()));
        Assert.Contains("刚刚改", await _site.Anonymous().GetStringAsync(new Uri("/sections/section-3", UriKind.Relative), Ct));
    }

    [Fact]
    public async Task ANewSectionArrivesUnpublishedAndOneNoLongerInTheTextIsOfferedForTheTrash()
    {
        var admin = await AdminAsync();
        var last = Source.IndexOf("沾益区", StringComparison.Ordinal);
        var text = Source[..last] + "结语\n\n曲靖的探索仍在继续，改革之卷还在书写。\n";
        var removed = _site.Factory.Query(db => db.Sections.Single(s => s.Heading.StartsWith("沾益区")).Id);

        var review = await ConfirmAsync(admin, text, publishNow: false);

        Assert.Contains("结语", review.QuerySelector(".reimport-item.add")!.TextContent);
        Assert.NotNull(review.QuerySelector($".reimport-item.remove input[value=Trash][checked]"));
        var added = _site.Factory.Query(db => db.Sections.IgnoreQueryFilters().Single(s => s.Heading == "结语"));
        Assert.Equal(0, added.PublishedRevision);
        Assert.DoesNotContain("结语", await _site.Anonymous().GetStringAsync(new Uri("/", UriKind.Relative), Ct));
        Assert.NotNull(_site.Factory.Query(db => db.Sections.IgnoreQueryFilters().Single(s => s.Id == removed).DeletedAt));
        var publish = await AdminSite.PostFormAsync(admin, $"/admin/sections/{added.Id}/publish/1", [], $"/admin/sections/{added.Id}/preview/1");
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Contains("改革之卷还在书写", await _site.Anonymous().GetStringAsync(new Uri($"/sections/{added.Slug}", UriKind.Relative), Ct));
    }

    [Fact]
    public async Task ADatabaseImportedBeforeBasesWereKeptIsMatchedByTheImportsOwnRevisions()
    {
        _site.Factory.Query(db => db.ImportedBases.ExecuteDelete());
        var admin = await AdminAsync();
        var before = _site.Factory.Query(Snapshot);

        var review = await ConfirmAsync(admin, Source, publishNow: true);

        Assert.Empty(review.QuerySelectorAll(".reimport-item"));
        Assert.Equal(before, _site.Factory.Query(Snapshot));
        Assert.True(_site.Factory.Query(db => db.ImportedBases.Count()) > 30);
    }

    private sealed record State(string Items, int Revisions);

    private static State Snapshot(Qujing.Web.Data.QujingDbContext db) => new(
        string.Join(",", db.Sections.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => s.Id + s.Slug + s.DeletedAt).ToList()
            .Concat(db.Schools.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => s.Id + s.Slug + s.DeletedAt).ToList())
            .Concat(db.Milestones.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => s.Id + "m" + s.DeletedAt).ToList())
            .Concat(db.KeyFigures.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => s.Id + "f" + s.DeletedAt).ToList())
            .Concat(db.Quotes.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => s.Id + "q" + s.DeletedAt).ToList())),
        db.Revisions.Count());

    private Qujing.Web.Data.Entities.Revision LatestSectionRevision(int id) =>
        _site.Factory.Query(db => db.Revisions.Where(r => r.ItemType == "section" && r.ItemId == id).OrderByDescending(r => r.Number).First());

    /// <summary>Edits an item through its form, saves and publishes the draft.</summary>
    private static async Task SaveAndPublishAsync(HttpClient admin, string plural, int id, Action<Dictionary<string, string>> change)
    {
        var form = Fields(await AdminSite.GetDocumentAsync(admin, $"/admin/{plural}/{id}/edit"));
        change(form);
        var saved = await AdminSite.PostFormAsync(admin, $"/admin/{plural}/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var preview = saved.Headers.Location!.OriginalString;
        var number = preview[(preview.LastIndexOf('/') + 1)..];
        var published = await AdminSite.PostFormAsync(admin, $"/admin/{plural}/{id}/publish/{number}", [], preview);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
    }

    private static async Task<string> StageAsync(HttpClient admin, string text)
    {
        var staged = await AdminSite.PostFormAsync(admin, "/admin/import", new() { ["text"] = text });
        Assert.Equal(HttpStatusCode.Redirect, staged.StatusCode);
        return staged.Headers.Location!.OriginalString;
    }

    private static async Task<IDocument> ReviewAsync(HttpClient admin, string text) => await AdminSite.GetDocumentAsync(admin, await StageAsync(admin, text));

    /// <summary>Stages the text and confirms the review as shown (its default choices), optionally choosing for every item.</summary>
    private static async Task<IDocument> ConfirmAsync(HttpClient admin, string text, bool publishNow, string? choose = null)
    {
        var url = await StageAsync(admin, text);
        var review = await AdminSite.GetDocumentAsync(admin, url);
        var form = Fields(review);
        foreach (var key in form.Keys.Where(k => k.StartsWith("choice.", StringComparison.Ordinal)).ToList())
        {
            form[key] = choose ?? form[key];
        }

        if (publishNow)
        {
            form["publishNow"] = "true";
        }

        var confirmed = await AdminSite.PostFormAsync(admin, url + "/confirm", form, url);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        return review;
    }

    /// <summary>A form's fields as a browser would send them untouched (checked boxes and radios only).</summary>
    private static Dictionary<string, string> Fields(IDocument page)
    {
        var fields = new Dictionary<string, string>();
        foreach (var input in page.QuerySelectorAll("form input[name], form textarea[name], form select[name]"))
        {
            var type = input.GetAttribute("type");
            if (type is "checkbox" or "radio" && !input.HasAttribute("checked") || type == "submit")
            {
                continue;
            }

            fields[input.GetAttribute("name")!] = input switch
            {
                AngleSharp.Html.Dom.IHtmlTextAreaElement area => area.Value,
                AngleSharp.Html.Dom.IHtmlSelectElement select => select.Value ?? "",
                _ => input.GetAttribute("value") ?? "",
            };
        }

        fields.Remove("__RequestVerificationToken");
        return fields;
    }
}
