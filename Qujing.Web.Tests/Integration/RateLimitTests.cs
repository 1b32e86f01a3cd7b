using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Infrastructure.RateLimiting;

namespace Qujing.Web.Tests.Integration;

/// <summary>Login, search and admin posts are rate limited; over a limit the answer is a 429 with Retry-After and the Chinese error page.</summary>
public sealed class RateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoginsOverTheLimitGet429WithRetryAfterAndTheErrorPage()
    {
        using var site = new AdminSite(("RateLimits:Login:PermitLimit", "2"), ("RateLimits:Login:WindowSeconds", "60"));
        var client = site.Anonymous();

        var allowed = new[] { await LoginAsync(client, AdminSite.EditorName, "wrong-password"), await LoginAsync(client, AdminSite.EditorName, "wrong-password") };
        var refused = await LoginAsync(client, AdminSite.EditorName, AdminSite.EditorPassword);

        Assert.All(allowed, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        AssertRefused(refused, maxSeconds: 60);
        // The error page is the status-code pages' re-execution of /error/429, which is itself not limited.
        Assert.NotNull((await AdminSite.ReadAsync(refused)).QuerySelector(".error h1"));
    }

    [Fact]
    public async Task OneAddressCannotLockAnAccountOutInABurst()
    {
        var limit = new RateLimitOptions().Login.PermitLimit;
        using var site = new AdminSite(("RateLimits:Login:PermitLimit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var client = site.Anonymous();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < AccountsExtensions.MaxFailedLogins; i++)
        {
            statuses.Add((await LoginAsync(client, AdminSite.AdminName, "wrong-password")).StatusCode);
        }

        Assert.True(limit < AccountsExtensions.MaxFailedLogins);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        using var scope = site.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        Assert.False(await users.IsLockedOutAsync((await users.FindByNameAsync(AdminSite.AdminName))!));
    }

    [Fact]
    public async Task EachAddressHasItsOwnLoginLimit()
    {
        using var site = new AdminSite(("RateLimits:Login:PermitLimit", "1"));
        using var factory = WithClientAddresses(site);
        var first = Client(factory, "203.0.113.7");
        var second = Client(factory, "203.0.113.8");

        var allowed = await LoginAsync(first, AdminSite.EditorName, "wrong-password");
        var refused = await LoginAsync(first, AdminSite.EditorName, "wrong-password");
        var other = await LoginAsync(second, AdminSite.EditorName, "wrong-password");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        AssertRefused(refused, maxSeconds: new RateLimitOptions().Login.WindowSeconds);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task LoginsNamingOneUserAreLimitedFromEveryAddress()
    {
        using var site = new AdminSite(("RateLimits:LoginName:PermitLimit", "2"), ("RateLimits:LoginName:WindowSeconds", "300"));
        using var factory = WithClientAddresses(site);

        var allowed = new[]
        {
            await LoginAsync(Client(factory, "203.0.113.1"), AdminSite.AdminName, "wrong-password"),
            await LoginAsync(Client(factory, "198.51.100.1"), AdminSite.AdminName.ToUpperInvariant(), "wrong-password"),
        };
        var refused = await LoginAsync(Client(factory, "2001:db8::1"), AdminSite.AdminName, AdminSite.AdminPassword);
        var otherName = await LoginAsync(Client(factory, "2001:db8::1"), AdminSite.EditorName, AdminSite.EditorPassword);

        Assert.All(allowed, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        AssertRefused(refused, maxSeconds: 300);
        Assert.NotNull((await AdminSite.ReadAsync(refused)).QuerySelector(".error h1"));
        Assert.Equal(HttpStatusCode.Redirect, otherName.StatusCode);
    }

    [Fact]
    public async Task SearchesOverTheLimitGet429WhileCachedQueriesStillAnswer()
    {
        using var site = new AdminSite(("RateLimits:Search:PermitLimit", "2"));
        var client = site.Anonymous();

        // A query is kept from its second request on; from then on the cache answers it, outside the limit.
        var allowed = new[] { await SearchAsync(client, "党建"), await SearchAsync(client, "党建") };
        var refused = await SearchAsync(client, "导师");
        var cached = await SearchAsync(client, "党建");

        Assert.All(allowed, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        AssertRefused(refused, maxSeconds: new RateLimitOptions().Search.WindowSeconds);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
    }

    [Fact]
    public async Task AdminPostsAreLimitedPerAccount()
    {
        using var site = new AdminSite(("RateLimits:AdminPost:PermitLimit", "2"));
        var editor = await site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var admin = await site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var allowed = new[] { await WrongPasswordChangeAsync(editor), await WrongPasswordChangeAsync(editor) };
        var refused = await WrongPasswordChangeAsync(editor);
        var otherAccount = await WrongPasswordChangeAsync(admin);

        Assert.All(allowed, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        AssertRefused(refused, maxSeconds: new RateLimitOptions().AdminPost.WindowSeconds);
        Assert.Equal(HttpStatusCode.OK, otherAccount.StatusCode);
    }

    [Fact]
    public async Task ReimportHasATighterLimitOfItsOwn()
    {
        using var site = new AdminSite(("RateLimits:Reimport:PermitLimit", "1"));
        var admin = await site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var allowed = await AdminSite.PostFormAsync(admin, "/admin/import", new() { ["text"] = "" });
        var refused = await AdminSite.PostFormAsync(admin, "/admin/import", new() { ["text"] = "" });
        var otherPost = await WrongPasswordChangeAsync(admin);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        AssertRefused(refused, maxSeconds: new RateLimitOptions().Reimport.WindowSeconds);
        Assert.Equal(HttpStatusCode.OK, otherPost.StatusCode);
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string name, string password) =>
        AdminSite.PostFormAsync(client, "/admin/login", new() { ["UserName"] = name, ["Password"] = password });

    private static Task<HttpResponseMessage> WrongPasswordChangeAsync(HttpClient client) =>
        AdminSite.PostFormAsync(client, "/admin/password", new() { ["Current"] = "not-my-password-1", ["New"] = "new-password-2026", ["Confirm"] = "new-password-2026" });

    private static Task<HttpResponseMessage> SearchAsync(HttpClient client, string query) =>
        client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative), Ct);

    private static void AssertRefused(HttpResponseMessage response, int maxSeconds)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, maxSeconds);
    }

    /// <summary>The site over the same database, taking each request's client address from a test header.</summary>
    private static WebApplicationFactory<Program> WithClientAddresses(AdminSite site) =>
        site.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, ClientAddressFromHeader>()));

    private static HttpClient Client(WebApplicationFactory<Program> factory, string address)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client;
    }
}
