using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// What the page cache keeps is compressed once at the smallest setting; what it does not keep (a search asked once, a
/// 404) is compressed at a fast one, on every request. Sizes are compared with Brotli's smallest output for the same
/// body, made here: the fast setting's output is about half as large again.
/// </summary>
public sealed class CompressionTests : IDisposable
{
    private readonly QujingFactory _factory = new();
    private readonly HttpClient _client;

    public CompressionTests() => _client = _factory.CreateClient(new() { AllowAutoRedirect = false });

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APageTheCacheKeepsIsCompressedAtTheSmallestSetting()
    {
        var first = await SendAsync("/", "br, gzip");
        var hit = await SendAsync("/", "br, gzip");

        Assert.False(first.FromCache);
        Assert.True(hit.FromCache);
        Assert.True(first.Bytes <= Smallest(first.Html) * 1.05, $"{first.Bytes} bytes, smallest {Smallest(first.Html)}");
        Assert.Equal(first.Bytes, hit.Bytes);
    }

    [Fact]
    public async Task APageNotFoundIsCompressedAtTheFastSetting()
    {
        var missing = await SendAsync("/no-such-page", "br, gzip");

        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("br", missing.Encoding);
        Assert.True(missing.Bytes > Smallest(missing.Html) * 1.2, $"{missing.Bytes} bytes, smallest {Smallest(missing.Html)}");
    }

    [Fact]
    public async Task ASearchIsKeptFromItsSecondRequestAndOnlyThenCompressedAtTheSmallestSetting()
    {
        const string url = "/search?q=%E5%85%9A%E5%BB%BA+%E5%AD%A6%E6%A0%A1"; // 党建 学校

        var once = await SendAsync(url, "br");
        var twice = await SendAsync(url, "br");
        var thrice = await SendAsync(url, "br");

        Assert.False(once.FromCache);
        Assert.False(twice.FromCache);
        Assert.True(thrice.FromCache);
        Assert.True(once.Bytes > Smallest(once.Html) * 1.2, $"first request: {once.Bytes} bytes, smallest {Smallest(once.Html)}");
        Assert.True(twice.Bytes <= Smallest(twice.Html) * 1.05, $"second request: {twice.Bytes} bytes, smallest {Smallest(twice.Html)}");
        Assert.Equal(twice.Bytes, thrice.Bytes);
    }

    [Fact]
    public async Task ClientsThatGetTheSameEncodingShareOneCacheEntry()
    {
        await SendAsync("/sections/section-2", "br");
        _factory.Query(db => db.Database.ExecuteSqlRaw("UPDATE \"Sections\" SET \"Heading\" = '改过的标题' WHERE \"Position\" = 2"));

        var browser = await SendAsync("/sections/section-2", "gzip, deflate, br, zstd");
        var gzip = await SendAsync("/sections/section-2", "gzip");
        var gzipAgain = await SendAsync("/sections/section-2", "deflate, gzip;q=0.9");

        Assert.Equal("br", browser.Encoding);
        Assert.True(browser.FromCache);
        Assert.DoesNotContain("改过的标题", browser.Html);
        Assert.Contains("改过的标题", gzip.Html);
        Assert.True(gzipAgain.FromCache);
        Assert.Equal(gzip.Html, gzipAgain.Html);
    }

    private static int Smallest(string html)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(html);
        var output = new byte[bytes.Length + 1024];
        Assert.True(BrotliEncoder.TryCompress(bytes, output, out var written, quality: 11, window: 22));
        return written;
    }

    private async Task<(HttpStatusCode Status, string? Encoding, string Html, int Bytes, bool FromCache)> SendAsync(string url, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await _client.SendAsync(request, Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        await using Stream body = encoding switch
        {
            "br" => new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress),
            _ => new MemoryStream(bytes),
        };
        using var reader = new StreamReader(body);

        // The page cache gives the age of what it serves; a rendered response has none.
        return (response.StatusCode, encoding, await reader.ReadToEndAsync(Ct), bytes.Length, response.Headers.Age is not null);
    }
}
