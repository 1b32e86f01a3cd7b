using System.Net;
using System.Net.Http.Headers;

namespace Qujing.Web.Tests.Integration;

/// <summary>The headers every response carries, whoever answers it: a rendered page, a cache hit, an error, a file.</summary>
public sealed class SecurityHeadersTests(SiteFixture site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Addresses() =>
        ["/", "/sections/section-1", "/search?q=党建", "/feed.xml", "/css/site.css", "/no-such-page", "/admin/login", "/admin"];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url)
    {
        // Twice: the second answer of a public page comes from the page cache, which must carry them too.
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
            var response = await site.Client.SendAsync(request, Ct);

            var csp = Header(response, "Content-Security-Policy");
            Assert.NotNull(csp);
            var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains("default-src 'self'", directives);
            Assert.Contains("script-src 'self'", directives);
            Assert.Contains("style-src 'self'", directives);
            Assert.Contains("object-src 'none'", directives);
            Assert.Contains("base-uri 'self'", directives);
            Assert.Contains("frame-ancestors 'none'", directives);
            Assert.Contains("form-action 'self'", directives);
            Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
            Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
            Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
            Assert.Null(Header(response, "Server"));
            Assert.Null(Header(response, "X-Powered-By"));
        }
    }

    [Fact]
    public async Task PlainHttpGetsNoStrictTransportSecurity()
    {
        var response = await site.Client.GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Null(Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task HttpsResponsesCarryStrictTransportSecurity()
    {
        using var client = site.Factory.CreateClient(new() { BaseAddress = new Uri("https://qujing.example/"), AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeadOnAPublicPageIsAnsweredAsGetWithoutABody()
    {
        foreach (var url in new[] { "/", "/sections/section-1", "/schools", "/timeline", "/figures", "/search?q=党建", "/feed.xml", "/sitemap.xml", "/robots.txt" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative));
            var response = await site.Client.SendAsync(request, Ct);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"HEAD {url}: {(int)response.StatusCode}");
            Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
            Assert.NotNull(response.Content.Headers.ContentType);
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
