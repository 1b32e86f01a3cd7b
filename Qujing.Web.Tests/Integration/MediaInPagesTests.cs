using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Features.Media;

namespace Qujing.Web.Tests.Integration;

/// <summary>Library photos in pages: Markdown images, lead images and share images; and a photo in use kept from deletion.</summary>
public sealed class MediaInPagesTests : IDisposable
{
    private readonly AdminSite _site = new(("RateLimits:AdminPost:PermitLimit", "100000"));

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private async Task<(HttpClient Editor, int Id)> EditorWithPhotoAsync(string alt, string caption = "", string credit = "")
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var page = await AdminSite.GetDocumentAsync(editor, "/admin/media");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("form.media-upload input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(alt), "Upload.Alt" }, { new StringContent(caption), "Upload.Caption" }, { new StringContent(credit), "Upload.Credit" },
            { new ByteArrayContent(TestPhotos.Jpeg(1200, 800)), "file", "photo.jpg" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync(new Uri("/admin/media", UriKind.Relative), form, Ct)).StatusCode);
        return (editor, _site.Factory.Query(db => db.MediaItems.Max(m => m.Id)));
    }

    /// <summary>The section's edit form as it stands, with some fields changed, saved and published.</summary>
    private async Task<HttpResponseMessage> SaveSectionAsync(HttpClient editor, int sectionId, Dictionary<string, string> changes, bool publish = true)
    {
        var url = $"/admin/sections/{sectionId}/edit";
        var page = await AdminSite.GetDocumentAsync(editor, url);
        var form = page.QuerySelectorAll("form.form input[name^='Content.'], form.form textarea[name^='Content.'], form.form select[name^='Content.']")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.LocalName switch { "textarea" => e.TextContent, "select" => ((IHtmlSelectElement)e).Value ?? "", _ => e.GetAttribute("value") ?? "" });
        var basedOn = _site.Factory.Query(db => db.Revisions.Where(r => r.ItemType == "section" && r.ItemId == sectionId).Max(r => r.Number));
        foreach (var (key, value) in changes)
        {
            form[key] = value;
        }

        form["basedOn"] = N(basedOn);
        form["intent"] = "save";
        var saved = await AdminSite.PostFormAsync(editor, url, form, url);
        if (publish && saved.StatusCode == HttpStatusCode.Redirect)
        {
            var preview = saved.Headers.Location!.OriginalString;
            var published = await AdminSite.PostFormAsync(editor, preview.Replace("/preview/", "/publish/", StringComparison.Ordinal), [], preview);
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        return saved;
    }

    private int SectionId(string slug) => _site.Factory.Query(db => db.Sections.Single(s => s.Slug == slug).Id);

    [Fact]
    public async Task LibraryImageInMarkdownIsShownWithSrcsetAfterPublishing()
    {
        var (editor, id) = await EditorWithPhotoAsync("学生在操场升旗");
        var sectionId = SectionId("section-2");

        await SaveSectionAsync(editor, sectionId, new() { ["Content.BodyMarkdown"] = $"第一段。\n\n![](/media/{id})\n\n第三段。" });

        var page = await AdminSite.GetDocumentAsync(_site.Anonymous(), "/sections/section-2");
        var img = page.QuerySelector(".body img")!;
        var hash = _site.Factory.Query(db => db.MediaItems.Single(m => m.Id == id).Hash);
        Assert.Equal($"/media/{id}/480.webp?v={hash} 480w, /media/{id}/960.webp?v={hash} 960w, /media/{id}/1200.webp?v={hash} 1200w", img.GetAttribute("srcset"));
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("sizes")));
        Assert.Equal(("lazy", "async"), (img.GetAttribute("loading"), img.GetAttribute("decoding")));
        Assert.Equal(("960", "640"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("学生在操场升旗", img.GetAttribute("alt"));
        Assert.Equal(HttpStatusCode.OK, (await _site.Anonymous().GetAsync(new Uri(img.GetAttribute("src")!, UriKind.Relative), Ct)).StatusCode);
    }

    [Theory]
    [InlineData("![外站图](http://other.host/a.png)")]
    [InlineData("![站内文件](/images/a.png)")]
    [InlineData("![数据](data:image/png;base64,AAAA)")]
    [InlineData("![脚本](javascript:alert(1))")]
    public async Task ImageFromOutsideTheLibraryIsRefusedOnSave(string image)
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var sectionId = SectionId("section-3");

        var response = await SaveSectionAsync(editor, sectionId, new() { ["Content.BodyMarkdown"] = $"正文。\n\n{image}" }, publish: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminSite.ReadAsync(response);
        Assert.Contains("图片只能引用本站媒体库中的图片", page.QuerySelector("[data-valmsg-for='Content.BodyMarkdown']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(image, page.QuerySelector("textarea[name='Content.BodyMarkdown']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, _site.Factory.Query(db => db.Revisions.Count(r => r.ItemType == "section" && r.ItemId == sectionId)));
    }

    [Fact]
    public async Task ImageFromOutsideTheLibraryAlreadyStoredIsShownAsItsAltText()
    {
        _site.Factory.Query(db => db.Sections.Where(s => s.Slug == "section-4")
            .ExecuteUpdate(s => s.SetProperty(x => x.BodyMarkdown, "正文。\n\n![外站图](http://other.host/a.png) ![站内文件](/images/a.png) ![已删除](/media/999)")));

        var page = await AdminSite.GetDocumentAsync(_site.Anonymous(), "/sections/section-4");

        Assert.Empty(page.QuerySelectorAll(".body img"));
        Assert.Contains("外站图", page.QuerySelector(".body")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("other.host", page.QuerySelector(".body")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeadImageIsShownWithCaptionAndCreditAndIsTheShareImage()
    {
        var (editor, id) = await EditorWithPhotoAsync("曲靖一中校门", "2025年秋季开学日的校门。", "李华");
        var sectionId = SectionId("section-1");

        await SaveSectionAsync(editor, sectionId, new() { ["Content.LeadImageId"] = N(id) });

        var page = await AdminSite.GetDocumentAsync(_site.Anonymous(), "/sections/section-1");
        var figure = page.QuerySelector("article figure.lead-image")!;
        Assert.Equal("曲靖一中校门", figure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Contains("2025年秋季开学日的校门。", figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("李华", figure.QuerySelector("figcaption .credit")!.TextContent, StringComparison.Ordinal);
        var ogImage = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        var hash = _site.Factory.Query(db => db.MediaItems.Single(m => m.Id == id).Hash);
        Assert.EndsWith($"/media/{id}/1200.jpg?v={hash}", ogImage, StringComparison.Ordinal);
        Assert.Equal("image/jpeg", page.QuerySelector("meta[property='og:image:type']")!.GetAttribute("content"));
        Assert.Equal(("1200", "800"), (page.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"), page.QuerySelector("meta[property='og:image:height']")!.GetAttribute("content")));
        var share = await _site.Anonymous().GetAsync(new Uri(new Uri(ogImage).PathAndQuery, UriKind.Relative), Ct);
        Assert.Equal("image/jpeg", share.Content.Headers.ContentType?.MediaType);

        // Another section, without one, keeps its drawn card.
        var other = await AdminSite.GetDocumentAsync(_site.Anonymous(), "/sections/section-2");
        Assert.Contains("/sections/section-2/share.png", other.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PhotoInUseCannotBeDeletedAndAnUnusedOneCan()
    {
        var (editor, id) = await EditorWithPhotoAsync("用作题图");
        var sectionId = SectionId("section-1");
        await SaveSectionAsync(editor, sectionId, new() { ["Content.LeadImageId"] = N(id) });

        var refused = await AdminSite.PostFormAsync(editor, $"/admin/media/{id}/delete", [], $"/admin/media/{id}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("正在使用中", (await AdminSite.ReadAsync(refused)).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, _site.Factory.Query(db => db.MediaItems.Count(m => m.Id == id)));

        await SaveSectionAsync(editor, sectionId, new() { ["Content.LeadImageId"] = "" });
        var deleted = await AdminSite.PostFormAsync(editor, $"/admin/media/{id}/delete", [], $"/admin/media/{id}");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, _site.Factory.Query(db => db.MediaVariants.Count(v => v.MediaItemId == id)));
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Anonymous().GetAsync(new Uri($"/media/{id}/480.webp", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task EditingAPhotosWordsChecksTheirLengthAndKeepsThem()
    {
        var (editor, id) = await EditorWithPhotoAsync("原来的说明");

        var tooLong = await AdminSite.PostFormAsync(editor, $"/admin/media/{id}", new() { ["Details.Alt"] = new string('长', 201), ["Details.Caption"] = "说明", ["Details.Credit"] = "" }, $"/admin/media/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var page = await AdminSite.ReadAsync(tooLong);
        Assert.Contains("替代文字不能超过 200 个字符", page.QuerySelector("[data-valmsg-for='Details.Alt']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("说明", page.QuerySelector("textarea[name='Details.Caption']")!.TextContent.Trim());

        var saved = await AdminSite.PostFormAsync(editor, $"/admin/media/{id}", new() { ["Details.Alt"] = "新的替代文字", ["Details.Caption"] = "", ["Details.Credit"] = "王摄" }, $"/admin/media/{id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("新的替代文字", "王摄"), _site.Factory.Query(db => db.MediaItems.Where(m => m.Id == id).Select(m => new ValueTuple<string, string>(m.Alt, m.Credit)).Single()));
    }
    [Theory]
    [InlineData("![图][校门]\n\n[校门]: /media/{0}")]
    [InlineData("![图](/media/{0} \"校门\")")]
    [InlineData("![图](</media/{0}>)")]
    [InlineData("[看大图](/media/{0}/960.webp)")]
    public async Task PhotoReferencedInAnyMarkdownFormCannotBeDeleted(string markdown)
    {
        var (editor, id) = await EditorWithPhotoAsync("各种写法");
        var body = "正文。\n\n" + string.Format(CultureInfo.InvariantCulture, markdown, id);
        var saved = await SaveSectionAsync(editor, SectionId("section-2"), new() { ["Content.BodyMarkdown"] = body });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var refused = await AdminSite.PostFormAsync(editor, $"/admin/media/{id}/delete", [], $"/admin/media/{id}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("栏目", (await AdminSite.ReadAsync(refused)).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, _site.Factory.Query(db => db.MediaItems.Count(m => m.Id == id)));
    }

    [Fact]
    public async Task PhotoInAnUnpublishedDraftOrAnAutosaveCannotBeDeleted()
    {
        var (editor, id) = await EditorWithPhotoAsync("草稿里的图");
        var sectionId = SectionId("section-3");
        await SaveSectionAsync(editor, sectionId, new() { ["Content.BodyMarkdown"] = $"草稿。\n\n![](/media/{id})" }, publish: false);

        var refused = await AdminSite.PostFormAsync(editor, $"/admin/media/{id}/delete", [], $"/admin/media/{id}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("草稿", (await AdminSite.ReadAsync(refused)).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);

        var (_, other) = await EditorWithPhotoAsync("自动保存里的图");
        var edit = $"/admin/sections/{sectionId}/edit";
        var autosave = await AdminSite.PostFormAsync(editor, $"/admin/drafting/sections/{sectionId}/autosave", new()
        {
            ["Content.Heading"] = "破解改革难题", ["Content.Slug"] = "section-3", ["Content.BodyMarkdown"] = $"还在写。\n\n![](/media/{other})", ["basedOn"] = "2",
        }, edit);
        Assert.Equal(HttpStatusCode.OK, autosave.StatusCode);

        var refusedToo = await AdminSite.PostFormAsync(editor, $"/admin/media/{other}/delete", [], $"/admin/media/{other}");
        Assert.Equal(HttpStatusCode.Conflict, refusedToo.StatusCode);
        Assert.Contains("自动保存", (await AdminSite.ReadAsync(refusedToo)).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, _site.Factory.Query(db => db.MediaItems.Count()));
    }

    [Fact]
    public async Task PhotoWhoseIdOnlyStartsLikeAUsedOnesCanBeDeleted()
    {
        var (editor, id) = await EditorWithPhotoAsync("被引用的图");
        await SaveSectionAsync(editor, SectionId("section-2"), new() { ["Content.BodyMarkdown"] = $"正文。\n\n![](/media/{id}0)" });

        var deleted = await AdminSite.PostFormAsync(editor, $"/admin/media/{id}/delete", [], $"/admin/media/{id}");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
    }
    [Fact]
    public async Task PublicPagesReadTheirPhotosAsynchronouslyBeforeRendering()
    {
        var (editor, id) = await EditorWithPhotoAsync("异步读取的图");
        await SaveSectionAsync(editor, SectionId("section-2"), new() { ["Content.BodyMarkdown"] = $"正文。\n\n![](/media/{id})" });
        await SaveSectionAsync(editor, SectionId("section-1"), new() { ["Content.LeadImageId"] = N(id) });

        using var strict = _site.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IMediaImages>(p => new NoSynchronousReads(new MediaImageLookup(p.GetRequiredService<IServiceScopeFactory>())))));
        var page = await AdminSite.GetDocumentAsync(strict.CreateClient(new() { AllowAutoRedirect = false }), "/sections/section-2");

        Assert.Equal("异步读取的图", page.QuerySelector(".body img")?.GetAttribute("alt"));
    }

    /// <summary>Refuses the synchronous read, as a thread-pool thread blocked on the database would deserve.</summary>
    private sealed class NoSynchronousReads(IMediaImages inner) : IMediaImages
    {
        public IReadOnlyDictionary<int, MediaImage> Find(IReadOnlyCollection<int> ids) => throw new InvalidOperationException("A page read its photos synchronously.");

        public Task<IReadOnlyDictionary<int, MediaImage>> FindAsync(IReadOnlyCollection<int> ids, CancellationToken ct) => inner.FindAsync(ids, ct);
    }
}
