using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Qujing.Web.Tests.Integration;

/// <summary>HTTPS behind a TLS proxy: whose forwarded headers are believed, the redirect, and Secure cookies.</summary>
public sealed class TransportSecurityTests
{
    private const string Proxy = "10.0.0.5";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BehindATrustedProxyCookiesAreSecureWhenTheReaderUsedHttps()
    {
        using var site = new ConnectionFactory(("Security:TrustedProxies:0", Proxy), ("Admin:UserName", "chief"), ("Admin:Password", "chief-pass-2026"));
        var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://jiaoyu.example.cn/") });

        var form = await SendAsync(client, HttpMethod.Get, "/admin/login", Proxy, "https");
        var login = await SendAsync(client, HttpMethod.Post, "/admin/login", Proxy, "https", form);

        Assert.Contains(Cookies(form), c => c.StartsWith("qujing.af", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains(Cookies(login), c => c.StartsWith("qujing.auth", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("max-age=", login.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardedHeadersFromAnyOtherAddressAreIgnored()
    {
        using var site = new ConnectionFactory(("Security:TrustedProxies:0", Proxy));
        var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        var response = await SendAsync(client, HttpMethod.Get, "/admin/login", "203.0.113.9", "https");

        Assert.DoesNotContain(Cookies(response), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task RequireHttpsSendsPlainHttpToHttps()
    {
        using var site = new ConnectionFactory(("Security:RequireHttps", "true"), ("Security:TrustedProxies:0", Proxy));
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var plain = await SendAsync(client, HttpMethod.Get, "/sections/section-1", Proxy, "http");
        var secure = await SendAsync(client, HttpMethod.Get, "/sections/section-1", Proxy, "https");

        Assert.True(plain.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect, $"{plain.StatusCode}");
        Assert.Equal("https://localhost/sections/section-1", plain.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string from, string scheme, HttpResponseMessage? formPage = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        request.Headers.Add(ConnectionFactory.RemoteAddressHeader, from);
        request.Headers.Add("X-Forwarded-For", "198.51.100.7");
        request.Headers.Add("X-Forwarded-Proto", scheme);
        if (formPage is not null)
        {
            var document = await AdminSite.ReadAsync(formPage);
            request.Headers.Add("Cookie", string.Join("; ", Cookies(formPage).Select(c => c.Split(';')[0])));
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "chief",
                ["Password"] = "chief-pass-2026",
                ["__RequestVerificationToken"] = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            });
        }

        return await client.SendAsync(request, Ct);
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    /// <summary>
    /// The in-memory server has no connection address; this one takes it from a test header, so a request can come
    /// "from" the proxy or from anywhere else.
    /// </summary>
    private sealed class ConnectionFactory(params (string Key, string Value)[] settings) : QujingFactoryWith(settings)
    {
        public const string RemoteAddressHeader = "X-Test-Connection-Address";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddTransient<IStartupFilter, ConnectionAddressFilter>());
        }

        private sealed class ConnectionAddressFilter : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                {
                    if (context.Request.Headers.TryGetValue(RemoteAddressHeader, out var address))
                    {
                        context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                    }

                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}
