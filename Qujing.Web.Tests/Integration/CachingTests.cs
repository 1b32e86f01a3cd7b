using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Tests.Integration;

/// <summary>Each test gets its own site: they change content behind the cache on purpose.</summary>
public sealed class CachingTests : IDisposable
{
    private readonly QujingFactory _factory = new();
    private readonly HttpClient _client;

    public CachingTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<string> GetAsync(string url) => _client.GetStringAsync(new Uri(url, UriKind.Relative), Ct);

    private void RenameSection(int position, string heading) =>
        _factory.Query(db => db.Database.ExecuteSqlRaw("UPDATE \"Sections\" SET \"Heading\" = {0} WHERE \"Position\" = {1}", heading, position));

    [Fact]
    public async Task SecondRequestIsServedFromTheCache()
    {
        Assert.Contains("高位统筹推进", await GetAsync("/sections/section-2"));
        RenameSection(2, "改过的标题");

        Assert.Contains("高位统筹推进", await GetAsync("/sections/section-2"));
        Assert.DoesNotContain("改过的标题", await GetAsync("/sections/section-2"));
    }

    [Fact]
    public async Task EvictingAnItemShowsTheChangeAtOnceWhileUnrelatedPagesStayCached()
    {
        await GetAsync("/sections/section-2");
        await GetAsync("/timeline");
        RenameSection(2, "改过的标题");
        _factory.Query(db => db.Database.ExecuteSqlRaw("UPDATE \"Milestones\" SET \"DateText\" = '改过的日期'"));

        using (var scope = _factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<PageCache>().EvictAsync([CacheTags.Item("sections", "section-2")], Ct);
        }

        Assert.Contains("改过的标题", await GetAsync("/sections/section-2"));
        Assert.DoesNotContain("改过的日期", await GetAsync("/timeline"));
    }

    [Fact]
    public async Task ANotFoundPageIsNeverStored()
    {
        var missing = await _client.GetAsync(new Uri("/sections/later", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("页面不存在", await missing.Content.ReadAsStringAsync(Ct));

        _factory.Query(db => db.Database.ExecuteSqlRaw("UPDATE \"Sections\" SET \"Slug\" = 'later' WHERE \"Position\" = 2"));

        Assert.Contains("高位统筹推进", await GetAsync("/sections/later"));
    }

    [Fact]
    public async Task QueryStringsAPageDoesNotReadShareItsCacheEntry()
    {
        await GetAsync("/sections/section-2");
        await GetAsync("/search?q=党建");
        await GetAsync("/search?q=党建"); // a search is kept from its second request on
        _factory.Query(db => db.Database.ExecuteSqlRaw("UPDATE \"Sections\" SET \"Heading\" = '改过的标题'"));

        // A crawler's or attacker's junk keys must not each make a new entry (and push real pages out).
        Assert.DoesNotContain("改过的标题", await GetAsync("/sections/section-2?utm_source=x&junk=1"));
        Assert.DoesNotContain("改过的标题", await GetAsync("/search?q=党建&junk=1"));
    }

    [Fact]
    public async Task RequestsWithCredentialsAreNeverServedFromTheCache()
    {
        await GetAsync("/sections/section-2");
        RenameSection(2, "改过的标题");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/sections/section-2");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "editor");
        var response = await _client.SendAsync(request, Ct);

        Assert.Contains("改过的标题", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task CompressedResponsesDecodeToTheSameHtmlForEveryClient()
    {
        var plain = await SendAsync("/", null);
        var brotli = await SendAsync("/", "br");
        var gzip = await SendAsync("/", "gzip");
        var gzipAgain = await SendAsync("/", "gzip, deflate");
        var plainAgain = await SendAsync("/", null);

        Assert.Equal((string?)null, plain.Encoding);
        Assert.Equal("br", brotli.Encoding);
        Assert.Equal("gzip", gzip.Encoding);
        Assert.Equal("gzip", gzipAgain.Encoding);
        Assert.Null(plainAgain.Encoding);
        Assert.All(new[] { brotli, gzip, gzipAgain, plainAgain }, r => Assert.Equal(plain.Html, r.Html));
        Assert.True(brotli.Bytes < plain.Bytes / 3, $"brotli {brotli.Bytes} bytes of {plain.Bytes}");
    }

    [Fact]
    public async Task StaticAssetsWithAContentHashAreCachedForAYear()
    {
        var html = await GetAsync("/");
        var href = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/css/site\\.css\\?v=[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(href);

        var response = await _client.GetAsync(new Uri(href, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task RepeatVisitWithTheETagGets304()
    {
        var first = await _client.GetAsync(new Uri("/figures", UriKind.Relative), Ct);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/figures");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await _client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    private async Task<(string? Encoding, string Html, int Bytes)> SendAsync(string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

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
        return (encoding, await reader.ReadToEndAsync(Ct), bytes.Length);
    }
}
