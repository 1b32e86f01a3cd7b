using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Qujing.Web.Tests.Integration;

/// <summary>The media library (issue 16, "Images"): upload, checks, processing, serving, and photos in pages.</summary>
public sealed class MediaLibraryTests : IDisposable
{
    private readonly AdminSite _site = new(("RateLimits:AdminPost:PermitLimit", "100000"), ("Media:MaxUploadBytes", "5242880"));

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> EditorAsync() => _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

    /// <summary>Posts the upload form as a browser does: multipart, with the token from the library page.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file, string fileName, string alt, string caption = "", string credit = "", string type = "image/jpeg")
    {
        var page = await AdminSite.GetDocumentAsync(client, "/admin/media");
        var token = page.QuerySelector("form.media-upload input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(alt), "Upload.Alt" },
            { new StringContent(caption), "Upload.Caption" },
            { new StringContent(credit), "Upload.Credit" },
        };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(content, "file", fileName);
        return await client.PostAsync(new Uri("/admin/media", UriKind.Relative), form, Ct);
    }

    private async Task<int> UploadedAsync(HttpClient editor, byte[] file, string alt, string caption = "", string credit = "")
    {
        var response = await UploadAsync(editor, file, "photo.jpg", alt, caption, credit);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return _site.Factory.Query(db => db.MediaItems.Max(m => m.Id));
    }

    private async Task<byte[]> VariantAsync(int id, int width, string format = "webp")
    {
        var hash = _site.Factory.Query(db => db.MediaItems.Single(m => m.Id == id).Hash);
        return await _site.Anonymous().GetByteArrayAsync(new Uri($"/media/{id}/{width}.{format}?v={hash}", UriKind.Relative), Ct);
    }

    [Fact]
    public async Task UploadedPhotoIsStoredAtEachWidthAndServedForever()
    {
        var editor = await EditorAsync();
        var id = await UploadedAsync(editor, TestPhotos.Jpeg(1200, 800), "曲靖一中的操场");

        var variants = _site.Factory.Query(db => db.MediaVariants.Where(v => v.MediaItemId == id).Select(v => new { v.Width, v.Height, v.Format }).ToList());
        Assert.Equal([480, 960, 1200], variants.Where(v => v.Format == "webp").Select(v => v.Width).Order());
        Assert.Contains(variants, v => v is { Width: 1200, Height: 800, Format: "jpg" });

        var hash = _site.Factory.Query(db => db.MediaItems.Single(m => m.Id == id).Hash);
        var reader = _site.Anonymous();
        var response = await reader.GetAsync(new Uri($"/media/{id}/480.webp?v={hash}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl!.MaxAge);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal("WEBP"u8.ToArray(), bytes[8..12]);
        using (var decoded = SKBitmap.Decode(bytes))
        {
            Assert.Equal((480, 320), (decoded.Width, decoded.Height));
        }

        var again = new HttpRequestMessage(HttpMethod.Get, $"/media/{id}/480.webp?v={hash}");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await reader.SendAsync(again, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri($"/media/{id + 1}/480.webp", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri($"/media/{id}/481.webp", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task SmallPhotoIsNeverEnlarged()
    {
        var id = await UploadedAsync(await EditorAsync(), TestPhotos.Png(300, 200), "小图");

        Assert.Equal([300], _site.Factory.Query(db => db.MediaVariants.Where(v => v.MediaItemId == id && v.Format == "webp").Select(v => v.Width).ToList()));
    }

    [Fact]
    public async Task FileThatIsNotReallyAnImageIsRefusedWithAChineseMessage()
    {
        var editor = await EditorAsync();

        var response = await UploadAsync(editor, "这不是图片，只是一段文字。"u8.ToArray(), "photo.jpg", "操场", caption: "留着的说明");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AdminSite.ReadAsync(response);
        Assert.Contains("只能上传 JPEG、PNG 或 WebP 图片", page.QuerySelector("#file-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("操场", page.QuerySelector("input[name='Upload.Alt']")!.GetAttribute("value"));
        Assert.Equal("留着的说明", page.QuerySelector("textarea[name='Upload.Caption']")!.TextContent.Trim());
        Assert.Equal(0, _site.Factory.Query(db => db.MediaItems.Count()));
    }

    [Fact]
    public async Task FileOverTheLimitGetsAChineseFieldMessageNotA413()
    {
        var editor = await EditorAsync();

        // Over the configured 5 MB and over the site's 4 MB limit for other forms; the words typed are kept.
        var response = await UploadAsync(editor, [.. TestPhotos.Jpeg(100, 100), .. new byte[6 * 1024 * 1024]], "big.jpg", "很大的照片");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AdminSite.ReadAsync(response);
        Assert.Contains("图片文件过大", page.QuerySelector("#file-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("很大的照片", page.QuerySelector("input[name='Upload.Alt']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AltTextIsRequired()
    {
        var editor = await EditorAsync();

        var response = await UploadAsync(editor, TestPhotos.Jpeg(200, 100), "photo.jpg", "", caption: "说明还在");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AdminSite.ReadAsync(response);
        Assert.Contains("请填写替代文字", page.QuerySelector("[data-valmsg-for='Upload.Alt']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("说明还在", page.QuerySelector("textarea[name='Upload.Caption']")!.TextContent.Trim());
        Assert.Equal(0, _site.Factory.Query(db => db.MediaItems.Count()));
    }

    [Fact]
    public async Task GpsAndEveryOtherExifFieldAreGoneAndThePhotoIsUpright()
    {
        var original = TestPhotos.JpegWithGpsAndOrientation(400, 200);
        using (var codec = SKCodec.Create(new MemoryStream(original)))
        {
            Assert.Equal(SKEncodedOrigin.RightTop, codec.EncodedOrigin); // the test's EXIF block is read as EXIF
        }

        var id = await UploadedAsync(await EditorAsync(), original, "竖拍的照片");

        var item = _site.Factory.Query(db => db.MediaItems.Single(m => m.Id == id));
        Assert.Equal((200, 400), (item.Width, item.Height));
        foreach (var (width, format) in new[] { (200, "webp"), (200, "jpg") })
        {
            var bytes = await VariantAsync(id, width, format);
            Assert.Equal(-1, bytes.AsSpan().IndexOf("Exif"u8));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(TestPhotos.Latitude));
            using var codec = SKCodec.Create(new MemoryStream(bytes));
            Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
            Assert.Equal((200, 400), (codec.Info.Width, codec.Info.Height));
        }
    }
    [Fact]
    public async Task VariantIsFoundOnlyWithItsCurrentHashSoUnpublishedPhotosCannotBeCounted()
    {
        var editor = await EditorAsync();
        var id = await UploadedAsync(editor, TestPhotos.Jpeg(600, 400), "还没用在任何页面的照片");
        var hash = _site.Factory.Query(db => db.MediaItems.Single(m => m.Id == id).Hash);
        var reader = _site.Anonymous();

        Assert.True(hash.Length >= 16, "the hash in the address must carry at least 64 bits");
        foreach (var guess in new[] { $"/media/{id}/480.webp", $"/media/{id}/480.webp?v=", $"/media/{id}/480.webp?v=0000000000000000", $"/media/{id}/600.jpg?v={hash[..^1]}" })
        {
            var response = await reader.GetAsync(new Uri(guess, UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.False(response.Headers.CacheControl?.Public ?? false, guess);
        }

        var current = await reader.GetAsync(new Uri($"/media/{id}/480.webp?v={hash}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Contains("immutable", current.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        // A known ETag without the hash in the address reveals nothing either.
        var revalidate = new HttpRequestMessage(HttpMethod.Get, $"/media/{id}/480.webp");
        revalidate.Headers.IfNoneMatch.Add(current.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.SendAsync(revalidate, Ct)).StatusCode);

        // The editor's library shows it: its thumbnails carry the hash.
        var library = await AdminSite.GetDocumentAsync(editor, "/admin/media");
        var thumbnail = library.QuerySelector($"a[href='/admin/media/{id}'] img")!.GetAttribute("src")!;
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri(thumbnail, UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task VariantRequestsCountAgainstTheMediaRateLimit()
    {
        using var site = new AdminSite(("RateLimits:Media:PermitLimit", "3"));
        var reader = site.Anonymous();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await reader.GetAsync(new Uri($"/media/{i + 1}/480.webp?v=0123456789abcdef", UriKind.Relative), Ct)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData(100, 17000)]
    [InlineData(500, 17000)]
    public async Task VeryTallImageIsScaledToFitWebpsLimitNotA500(int width, int height)
    {
        var response = await UploadAsync(await EditorAsync(), TestPhotos.Png(width, height), "tall.png", "长图", type: "image/png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var variants = _site.Factory.Query(db => db.MediaVariants.Select(v => new { v.Width, v.Height, v.Format }).ToList());
        Assert.NotEmpty(variants);
        Assert.All(variants, v => Assert.InRange(v.Height, 1, 16383));
        var largest = variants.Where(v => v.Format == "webp").MaxBy(v => v.Width)!;
        Assert.InRange((double)largest.Height / largest.Width, height / (double)width * 0.98, height / (double)width * 1.02);
    }

    [Fact]
    public async Task LargePhotoDecodedAtReducedScaleKeepsItsProportions()
    {
        // Four times the widest variant: the decoder reads it at half size, then it is resized as any other.
        var id = await UploadedAsync(await EditorAsync(), TestPhotos.Jpeg(6400, 3200), "很大的照片");

        var variants = _site.Factory.Query(db => db.MediaVariants.Where(v => v.MediaItemId == id).Select(v => new { v.Width, v.Height, v.Format }).ToList());
        Assert.Equal([(480, 240), (960, 480), (1600, 800)], variants.Where(v => v.Format == "webp").Select(v => (v.Width, v.Height)).Order());
        using var decoded = SKBitmap.Decode(await VariantAsync(id, 1600));
        Assert.Equal((1600, 800), (decoded.Width, decoded.Height));
        var orange = decoded.GetPixel(400, 200); // the test photo's orange quarter, still where it was (give or take JPEG)
        Assert.True(orange.Red > 240 && orange.Green is > 150 and < 180 && orange.Blue < 20, orange.ToString());
    }

    [Fact]
    public async Task ImageClaimingMorePixelsThanTheLimitIsRefusedBeforeDecoding()
    {
        var response = await UploadAsync(await EditorAsync(), TestPhotos.JpegClaiming(20000, 20000), "bomb.jpg", "炸弹", caption: "留着");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AdminSite.ReadAsync(response);
        Assert.Contains("图片像素过多", page.QuerySelector("#file-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("留着", page.QuerySelector("textarea[name='Upload.Caption']")!.TextContent.Trim());
    }

    [Fact]
    public async Task LongFileNameIsCutWithoutSplittingACharacter()
    {
        var name = new string('a', 199) + "𠀀𠀀.jpg";

        var response = await UploadAsync(await EditorAsync(), TestPhotos.Jpeg(100, 100), name, "文件名很长");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new string('a', 199), _site.Factory.Query(db => db.MediaItems.Single().FileName));
    }

    [Fact]
    public async Task UploadLimitKeepsNumberAndUnitTogether()
    {
        var page = await AdminSite.GetDocumentAsync(await EditorAsync(), "/admin/media");

        Assert.Contains("最大 5\u00A0MB", page.QuerySelector("label[for=file]")!.TextContent, StringComparison.Ordinal);
    }
}
