using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Qujing.Web.Tests.Integration;

/// <summary>The edit page's writing aids on the server: the autosave slot, the live preview, and text shown as written.</summary>
public sealed class DraftingTests : IDisposable
{
    private readonly AdminSite _site = new(("RateLimits:AdminPost:PermitLimit", "100000"));

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int SectionId(int position) => _site.Factory.Query(db => db.Sections.IgnoreQueryFilters().Single(s => s.Position == position).Id);

    private int Slots() => _site.Factory.Query(db => db.AutosaveSlots.Count());

    private static Dictionary<string, string> Section(string body, int basedOn = 1) => new()
    {
        ["Content.Heading"] = "破解改革难题", ["Content.Slug"] = "section-3", ["Content.BodyMarkdown"] = body,
        ["basedOn"] = basedOn.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The text of the server copy the edit page offers ("" for none).</summary>
    private static async Task<string> ServerCopyAsync(HttpClient client, string page)
    {
        var copy = (await AdminSite.GetDocumentAsync(client, page)).QuerySelector(".autosave")!.GetAttribute("data-server-copy")!;
        return copy.Length == 0 ? "" : string.Join("\n", JsonDocument.Parse(copy).RootElement.GetProperty("fields").EnumerateArray().Select(f => f[1].GetString()));
    }

    private static async Task<string> MessageAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("message").GetString()!;

    [Fact]
    public async Task EditorsSeeImportedTextAsWrittenWhileReadersSeeTheSame()
    {
        var id = SectionId(3);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var text = (await AdminSite.GetDocumentAsync(editor, $"/admin/sections/{id}/edit")).QuerySelector("textarea")!.TextContent;

        Assert.Contains("1+9+N", text);
        Assert.DoesNotContain("\\+", text);
        Assert.Contains("“1+9+N”制度体系", await _site.Anonymous().GetStringAsync(new Uri("/sections/section-3", UriKind.Relative), Ct));
    }

    [Fact]
    public async Task OnePlusNinePlusNTypedByAnEditorIsReadAsTextNotAList()
    {
        var id = SectionId(3);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", new(Section("1+9+N\n\n构建“1+9+N”制度体系")) { ["intent"] = "save" }, $"/admin/sections/{id}/edit");
        var preview = await AdminSite.GetDocumentAsync(editor, $"/admin/sections/{id}/preview/2");

        Assert.Null(preview.QuerySelector(".body ul, .body ol"));
        Assert.Equal("1+9+N", preview.QuerySelector(".body p")!.TextContent);
    }

    [Fact]
    public async Task AutosaveSlotIsOfferedFromAnyBrowserAndClearedWhenTheFormIsSaved()
    {
        var id = SectionId(3);
        var edit = $"/admin/sections/{id}/edit";
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var saved = await AdminSite.PostFormAsync(editor, $"/admin/drafting/sections/{id}/autosave", Section("自动保存的半成品段落。"), edit);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(1, _site.Factory.Query(db => db.Revisions.Count(r => r.ItemType == "section" && r.ItemId == id)));

        // Another browser of the same editor sees the server copy; a colleague does not.
        var elsewhere = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        Assert.Contains("自动保存的半成品段落。", await ServerCopyAsync(elsewhere, edit));
        var colleague = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        Assert.Equal("", await ServerCopyAsync(colleague, edit));

        await AdminSite.PostFormAsync(editor, edit, new(Section("自动保存的半成品段落，写完了。")) { ["intent"] = "save" });
        Assert.Equal(0, Slots());
        Assert.Equal("", await ServerCopyAsync(elsewhere, edit));
    }

    [Fact]
    public async Task AutosaveOfANewItemIsKeptForTheKindAndClearedWhenItIsCreated()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var form = new Dictionary<string, string> { ["Content.Heading"] = "新栏目草稿", ["Content.Slug"] = "section-new", ["Content.BodyMarkdown"] = "还没写完的新栏目。" };

        Assert.Equal(HttpStatusCode.OK, (await AdminSite.PostFormAsync(editor, "/admin/drafting/sections/0/autosave", new(form), "/admin/sections/new")).StatusCode);
        Assert.Contains("还没写完的新栏目。", await ServerCopyAsync(editor, "/admin/sections/new"));
        Assert.Equal("", await ServerCopyAsync(editor, "/admin/schools/new"));

        var created = await AdminSite.PostFormAsync(editor, "/admin/sections/new", new(form) { ["intent"] = "save" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(0, Slots());
    }

    [Fact]
    public async Task DiscardingRemovesTheServerCopy()
    {
        var id = SectionId(3);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        await AdminSite.PostFormAsync(editor, $"/admin/drafting/sections/{id}/autosave", Section("不要了。"), $"/admin/sections/{id}/edit");

        var discarded = await AdminSite.PostFormAsync(editor, $"/admin/drafting/sections/{id}/discard", [], $"/admin/sections/{id}/edit");

        Assert.Equal(HttpStatusCode.NoContent, discarded.StatusCode);
        Assert.Equal(0, Slots());
    }

    [Fact]
    public async Task AutosaveRefusesWhatNoSaveCouldTakeInChinese()
    {
        var id = SectionId(3);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var tooLong = await AdminSite.PostFormAsync(editor, $"/admin/drafting/sections/{id}/autosave", Section(new string('字', 50_001)), $"/admin/sections/{id}/edit");
        var badKind = await AdminSite.PostFormAsync(editor, $"/admin/drafting/Sections1/{id}/autosave", Section("正文"), $"/admin/sections/{id}/edit");
        var noFields = await AdminSite.PostFormAsync(editor, $"/admin/drafting/sections/{id}/autosave", new() { ["other"] = "x" }, $"/admin/sections/{id}/edit");

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("超过 50000 个字符", await MessageAsync(tooLong));
        Assert.Contains("内容类型无效", await MessageAsync(badKind));
        Assert.Contains("没有可保存的字段", await MessageAsync(noFields));
        Assert.Equal(0, Slots());
    }

    [Fact]
    public async Task DraftingNeedsASignedInEditorAndTheAntiforgeryToken()
    {
        var id = SectionId(3);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var form = new FormUrlEncodedContent(Section("没有令牌。"));

        var withoutToken = await editor.PostAsync(new Uri($"/admin/drafting/sections/{id}/autosave", UriKind.Relative), form, Ct);
        var previewWithoutToken = await editor.PostAsync(new Uri("/admin/drafting/preview", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "**x**" }), Ct);
        var anonymous = await _site.Anonymous().PostAsync(new Uri($"/admin/drafting/sections/{id}/autosave", UriKind.Relative), form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, previewWithoutToken.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(0, Slots());
    }

    [Fact]
    public async Task PreviewRendersThroughTheSitesMarkdownPipeline()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var response = await AdminSite.PostFormAsync(editor, "/admin/drafting/preview", new() { ["text"] = "## 小标题\n\n**加粗**的中文<script>x</script>\n\n1+9+N" }, "/admin/sections/new");
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>加粗</strong>", html);
        Assert.Contains("<h2 id=\"小标题\">", html);
        Assert.Contains("<p id=\"p2\">1+9+N</p>", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task PreviewRefusesTextLongerThanABodyInChinese()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var response = await AdminSite.PostFormAsync(editor, "/admin/drafting/preview", new() { ["text"] = new string('字', 50_001) }, "/admin/sections/new");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("无法预览", await MessageAsync(response));
    }
}
