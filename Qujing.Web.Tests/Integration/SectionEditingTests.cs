using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Qujing.Web.Tests.Integration;

public sealed class SectionEditingTests : IDisposable
{
    private const string NewBody = "党组织领导的校长负责制试点以来，学校面貌焕然一新。\n\n## 新的小标题\n\n第二段，含“引号”与 1+9+N。";

    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int SectionId(int position) => _site.Factory.Query(db => db.Sections.IgnoreQueryFilters().Single(s => s.Position == position).Id);

    private async Task<string> ReaderGetsAsync(string url) =>
        await _site.Anonymous().GetStringAsync(new Uri(url, UriKind.Relative), Ct);

    private static Dictionary<string, string> Form(string heading, string slug, string body, int basedOn, string intent = "save") => new()
    {
        ["Content.Heading"] = heading, ["Content.Slug"] = slug, ["Content.BodyMarkdown"] = body, ["basedOn"] = basedOn.ToString(System.Globalization.CultureInfo.InvariantCulture), ["intent"] = intent,
    };

    [Fact]
    public async Task EditorSavesADraftPreviewsItAndPublishesIt()
    {
        var id = SectionId(2);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        Assert.Contains("2018年9月10日", await ReaderGetsAsync("/sections/section-2"));

        var saved = await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", Form("高位统筹推进", "section-2", NewBody, 1), $"/admin/sections/{id}/edit");
        Assert.Equal($"/admin/sections/{id}/preview/2", saved.Headers.Location?.OriginalString);

        // Readers still see the published text; the preview shows the draft exactly as a reader would.
        Assert.DoesNotContain("焕然一新", await ReaderGetsAsync("/sections/section-2"));
        var preview = await AdminSite.GetDocumentAsync(editor, $"/admin/sections/{id}/preview/2");
        Assert.Contains("焕然一新", preview.QuerySelector(".body")!.TextContent);
        Assert.Equal("新的小标题", preview.QuerySelector(".body h2")!.TextContent);
        Assert.Contains("草稿", preview.QuerySelector(".preview-notice")!.TextContent);

        var published = await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/publish/2", [], $"/admin/sections/{id}/preview/2");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("焕然一新", await ReaderGetsAsync("/sections/section-2"));
        Assert.Contains(_site.Factory.Query(db => db.AuditEntries.ToList()), a => a.Action == "发布" && a.ItemId == id && a.UserName == AdminSite.EditorName);
    }

    [Fact]
    public async Task PreviewOfADraftIsNeverServedToReaders()
    {
        var id = SectionId(3);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        await ReaderGetsAsync("/sections/section-3");

        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", Form("破解改革难题", "section-3", "草稿里的秘密段落。", 1), $"/admin/sections/{id}/edit");
        var preview = await editor.GetAsync(new Uri($"/admin/sections/{id}/preview/2", UriKind.Relative), Ct);

        Assert.True(preview.Headers.CacheControl?.NoStore);
        Assert.DoesNotContain("草稿里的秘密段落", await ReaderGetsAsync("/sections/section-3"));
        Assert.Equal(HttpStatusCode.Redirect, (await _site.Anonymous().GetAsync(new Uri($"/admin/sections/{id}/preview/2", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task PreviewButtonRendersMarkdownWithoutSaving()
    {
        var id = SectionId(1);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var response = await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", Form("亮点展示", "section-1", "**加粗**的中文<script>x</script>", 1, "preview"), $"/admin/sections/{id}/edit");
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal("加粗", page.QuerySelector(".markdown-preview strong")!.TextContent);
        Assert.Null(page.QuerySelector(".markdown-preview script"));
        Assert.Equal("**加粗**的中文<script>x</script>", page.QuerySelector("textarea")!.TextContent.Trim());
        Assert.Equal(1, _site.Factory.Query(db => db.Revisions.Count(r => r.ItemId == id && r.ItemType == "section")));
    }

    [Fact]
    public async Task InvalidInputIsExplainedNextToTheFieldAndKept()
    {
        var id = SectionId(1);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var response = await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", Form("", "网址", "保留我的正文", 1), $"/admin/sections/{id}/edit");
        var page = await AdminSite.ReadAsync(response);
        var taken = await AdminSite.ReadAsync(await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", Form("亮点展示", "section-2", "正文", 1), $"/admin/sections/{id}/edit"));

        Assert.Equal("请填写标题。", page.QuerySelector("[data-valmsg-for='Content.Heading']")!.TextContent);
        Assert.Contains("小写英文字母", page.QuerySelector("[data-valmsg-for='Content.Slug']")!.TextContent);
        Assert.Equal("保留我的正文", page.QuerySelector("textarea")!.TextContent.Trim());
        Assert.Contains("已被其他栏目使用", taken.QuerySelector("[data-valmsg-for='Content.Slug']")!.TextContent);
    }

    [Fact]
    public async Task SecondEditorWithAnOldVersionGetsTheConflictPageNotASilentOverwrite()
    {
        var id = SectionId(4);
        var first = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var second = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        await AdminSite.GetDocumentAsync(second, $"/admin/sections/{id}/edit");

        await AdminSite.PostFormAsync(first, $"/admin/sections/{id}/edit", Form("擦亮教育品牌", "section-4", "第一位编辑的版本。", 1), $"/admin/sections/{id}/edit");
        var response = await AdminSite.PostFormAsync(second, $"/admin/sections/{id}/edit", Form("擦亮教育品牌", "section-4", "第二位编辑的版本。", 1), $"/admin/sections/{id}/edit");
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(AdminSite.EditorName, page.QuerySelector(".errors")!.TextContent);
        Assert.Equal(2, _site.Factory.Query(db => db.Revisions.Count(r => r.ItemId == id && r.ItemType == "section")));

        // Both rewrote the whole body: one conflict, both versions shown as written, never as JSON.
        var conflict = page.QuerySelector("fieldset.conflict")!;
        Assert.Contains("第一位编辑的版本。", conflict.TextContent);
        Assert.Contains("第二位编辑的版本。", conflict.TextContent);
        Assert.DoesNotContain("BodyMarkdown", page.QuerySelector("main")!.TextContent);
        Assert.Equal("第二位编辑的版本。", page.QuerySelector("textarea[name='Content.BodyMarkdown']")!.TextContent);

        // Choosing to keep their own version saves it as a new revision on top of the other one.
        var choice = Form("擦亮教育品牌", "section-4", "第二位编辑的版本。", 1);
        choice["theirs"] = "2";
        choice["choice.BodyMarkdown.0"] = "Mine";
        var kept = await AdminSite.PostFormAsync(second, $"/admin/sections/{id}/merge", choice, $"/admin/sections/{id}/edit");
        Assert.Equal($"/admin/sections/{id}/preview/3", kept.Headers.Location?.OriginalString);
        Assert.Equal("第二位编辑的版本。", _site.Factory.Query(db => Features.Editing.RevisionStore.Read<Features.Sections.SectionContent>(db.Revisions.Single(r => r.ItemId == id && r.ItemType == "section" && r.Number == 3)).BodyMarkdown));
    }

    [Fact]
    public async Task EditsToDifferentParagraphsByTwoEditorsAreMergedNotDropped()
    {
        var id = SectionId(2);
        var original = _site.Factory.Query(db => db.Sections.Single(s => s.Id == id).BodyMarkdown);
        var paragraphs = original.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n");
        Assert.True(paragraphs.Length >= 3);
        var first = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var second = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        // The colleague adds a paragraph at the end; this editor rewrites the first one, from the same revision 1.
        var theirs = string.Join("\n\n", paragraphs.Append("同事补充的一段。"));
        var mine = string.Join("\n\n", paragraphs.Skip(1).Prepend("我改写的第一段。"));
        await AdminSite.PostFormAsync(first, $"/admin/sections/{id}/edit", Form("高位统筹推进", "section-2", theirs, 1), $"/admin/sections/{id}/edit");
        var response = await AdminSite.PostFormAsync(second, $"/admin/sections/{id}/edit", Form("高位统筹推进", "section-2", mine, 1), $"/admin/sections/{id}/edit");
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Null(page.QuerySelector("fieldset.conflict"));
        Assert.Contains("已自动合并", page.QuerySelector(".notice")!.TextContent);

        var fields = page.QuerySelectorAll("form.merge textarea, form.merge input[type=hidden]")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.LocalName == "textarea" ? e.TextContent : e.GetAttribute("value")!);
        fields["intent"] = "save";
        var saved = await AdminSite.PostFormAsync(second, $"/admin/sections/{id}/merge", fields, $"/admin/sections/{id}/edit");

        Assert.Equal($"/admin/sections/{id}/preview/3", saved.Headers.Location?.OriginalString);
        var merged = _site.Factory.Query(db => Features.Editing.RevisionStore.Read<Features.Sections.SectionContent>(db.Revisions.Single(r => r.ItemId == id && r.ItemType == "section" && r.Number == 3)).BodyMarkdown);
        Assert.StartsWith("我改写的第一段。", merged, StringComparison.Ordinal);
        Assert.EndsWith("同事补充的一段。", merged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingASlugKeepsTheOldAddressAsAPermanentRedirect()
    {
        var id = SectionId(5);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        await ReaderGetsAsync("/sections/section-5");

        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", Form("沾益区：全链条推动教育发展组织化", "zhanyi", "正文。", 1), $"/admin/sections/{id}/edit");
        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/publish/2", [], $"/admin/sections/{id}/preview/2");
        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", Form("沾益区：全链条推动教育发展组织化", "zhanyi-district", "正文。", 2), $"/admin/sections/{id}/edit");
        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/publish/3", [], $"/admin/sections/{id}/preview/3");

        var oldest = await _site.Anonymous().GetAsync(new Uri("/sections/section-5", UriKind.Relative), Ct);
        var older = await _site.Anonymous().GetAsync(new Uri("/sections/zhanyi", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.MovedPermanently, oldest.StatusCode);
        Assert.Equal("/sections/zhanyi-district", oldest.Headers.Location?.OriginalString);
        Assert.Equal("/sections/zhanyi-district", older.Headers.Location?.OriginalString);
        Assert.Contains("正文。", await ReaderGetsAsync("/sections/zhanyi-district"));
    }

    [Fact]
    public async Task HistoryComparesRevisionsCharacterByCharacterAndRestoresAnOldOne()
    {
        var id = SectionId(2);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var original = _site.Factory.Query(db => db.Sections.Single(s => s.Id == id).BodyMarkdown);
        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", Form("高位统筹推进", "section-2", original.Replace("习近平总书记", "总书记", StringComparison.Ordinal), 1), $"/admin/sections/{id}/edit");
        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/publish/2", [], $"/admin/sections/{id}/preview/2");

        var history = await AdminSite.GetDocumentAsync(editor, $"/admin/sections/{id}/history");
        var diff = await AdminSite.GetDocumentAsync(editor, $"/admin/sections/{id}/diff?from=1&to=2");

        Assert.Equal(2, history.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(["习近平"], diff.QuerySelectorAll(".diff del").Select(d => d.TextContent).Distinct());
        Assert.Empty(diff.QuerySelectorAll(".diff ins"));

        var restored = await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/restore/1", [], $"/admin/sections/{id}/history");
        Assert.Equal($"/admin/sections/{id}/preview/3", restored.Headers.Location?.OriginalString);
        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/publish/3", [], $"/admin/sections/{id}/preview/3");
        Assert.Contains("习近平总书记", await ReaderGetsAsync("/sections/section-2"));
        Assert.Equal(3, _site.Factory.Query(db => db.Revisions.Count(r => r.ItemId == id && r.ItemType == "section")));
    }

    [Fact]
    public async Task TrashHidesASectionFromReadersUntilItIsRestored()
    {
        var id = SectionId(5);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        Assert.Contains("沾益区", await ReaderGetsAsync("/"));

        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/trash", [], "/admin/sections");
        var gone = await _site.Anonymous().GetAsync(new Uri("/sections/section-5", UriKind.Relative), Ct);
        var home = await ReaderGetsAsync("/");
        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/untrash", [], "/admin/sections");

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.DoesNotContain("/sections/section-5", home);
        Assert.Contains("沾益区", await ReaderGetsAsync("/sections/section-5"));
        var actions = _site.Factory.Query(db => db.AuditEntries.Where(a => a.ItemId == id).Select(a => a.Action).ToList());
        Assert.Equal(["移入回收站", "从回收站恢复"], actions);
    }

    [Fact]
    public async Task NewSectionIsADraftUntilPublishedThenJoinsTheNavigation()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var created = await AdminSite.PostFormAsync(editor, "/admin/sections/new",
            new() { ["Content.Heading"] = "编者按", ["Content.Slug"] = "editors-note", ["Content.BodyMarkdown"] = "新栏目的正文。" }, "/admin/sections/new");
        var id = _site.Factory.Query(db => db.Sections.IgnoreQueryFilters().Single(s => s.Slug == "editors-note").Id);
        Assert.Equal($"/admin/sections/{id}/preview/1", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Anonymous().GetAsync(new Uri("/sections/editors-note", UriKind.Relative), Ct)).StatusCode);
        Assert.DoesNotContain("编者按", await ReaderGetsAsync("/"));

        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/publish/1", [], $"/admin/sections/{id}/preview/1");

        Assert.Contains("新栏目的正文。", await ReaderGetsAsync("/sections/editors-note"));
        Assert.Contains("/sections/editors-note", await ReaderGetsAsync("/timeline"));
    }

    [Fact]
    public async Task SectionsCanBeReordered()
    {
        var id = SectionId(2);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        await ReaderGetsAsync("/");

        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/move?direction=-1", [], "/admin/sections");
        var home = await AdminSite.ReadAsync(await _site.Anonymous().GetAsync(new Uri("/", UriKind.Relative), Ct));

        Assert.Equal(["高位统筹推进", "亮点展示"], home.QuerySelectorAll(".cards h3 a").Take(2).Select(a => a.TextContent));
    }

    [Fact]
    public async Task MovingTheFirstSectionUpOrTheLastDownExplainsWhyNothingMoved()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var last = _site.Factory.Query(db => db.Sections.IgnoreQueryFilters().OrderBy(s => s.Position).Last().Id);

        var up = await AdminSite.PostFormAsync(editor, $"/admin/sections/{SectionId(1)}/move?direction=-1", [], "/admin/sections");
        var down = await AdminSite.PostFormAsync(editor, $"/admin/sections/{last}/move?direction=1", [], "/admin/sections");

        Assert.Equal("/admin/sections", up.Headers.Location?.OriginalString);
        Assert.Equal("/admin/sections", down.Headers.Location?.OriginalString);
        var list = await AdminSite.GetDocumentAsync(editor, "/admin/sections");
        Assert.Contains("已经在最后", list.Body!.TextContent);
        Assert.Equal(1, _site.Factory.Query(db => db.Sections.Single(s => s.Id == SectionId(1)).Position));
    }

    [Fact]
    public async Task ReorderingSectionsChangesEveryPagesValidators()
    {
        var reader = _site.Anonymous();
        var before = await reader.GetAsync(new Uri("/timeline", UriKind.Relative), Ct);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        await AdminSite.PostFormAsync(editor, $"/admin/sections/{SectionId(2)}/move?direction=-1", [], "/admin/sections");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/timeline");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await reader.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task PublishingAnOlderRevisionOverANewerDraftAsksFirst()
    {
        var id = SectionId(3);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", Form("破解改革难题", "section-3", "我的第二版。", 1), $"/admin/sections/{id}/edit");
        var colleague = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        await AdminSite.PostFormAsync(colleague, $"/admin/sections/{id}/edit", Form("破解改革难题", "section-3", "同事更新的第三版。", 2), $"/admin/sections/{id}/edit");

        // The first editor's preview tab of revision 2 is stale: publishing it asks before dropping revision 3.
        var asked = await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/publish/2", [], $"/admin/sections/{id}/preview/2");
        var page = await AdminSite.ReadAsync(asked);

        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
        Assert.Contains("第 3 版", page.QuerySelector("main")!.TextContent);
        Assert.Contains(AdminSite.AdminName, page.QuerySelector("main")!.TextContent);
        Assert.Equal(1, _site.Factory.Query(db => db.Sections.Single(s => s.Id == id).PublishedRevision));
        Assert.DoesNotContain("我的第二版", await ReaderGetsAsync("/sections/section-3"));

        var confirmed = await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/publish/2", new() { ["overNewer"] = "true" }, $"/admin/sections/{id}/preview/2");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("我的第二版", await ReaderGetsAsync("/sections/section-3"));
    }
}
