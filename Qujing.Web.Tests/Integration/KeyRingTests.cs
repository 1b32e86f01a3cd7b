using System.Net;
using AngleSharp;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// The Data Protection key ring (it signs the login cookie and the antiforgery tokens) lives in the database, so that
/// every instance of the site over it, and every restart, accepts what another issued.
/// </summary>
[Collection(WebCollection.Name)] // FailedSqlCommands hears the failed commands of every site in the process
public sealed class KeyRingTests : IDisposable
{
    private readonly AdminSite _site = new();
    private readonly List<DirectoryInfo> _machineDisks = [];

    public void Dispose()
    {
        _site.Dispose();
        _machineDisks.ForEach(d => d.Delete(true));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoginCookieAndAntiforgeryTokenFromOneInstanceWorkOnAnother()
    {
        using var first = OnItsOwnMachine(_site.Factory);
        using var second = OnItsOwnMachine(new QujingFactory(_site.Factory.DatabasePath));
        var one = first.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var two = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        // The form (its token and the antiforgery cookie) from one instance, posted to the other.
        var form = await one.GetAsync(new Uri("/admin/login", UriKind.Relative), Ct);
        var token = (await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(form.Content.ReadAsStringAsync(Ct).Result), Ct))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var login = new HttpRequestMessage(HttpMethod.Post, new Uri("/admin/login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = AdminSite.EditorName, ["Password"] = AdminSite.EditorPassword, ["__RequestVerificationToken"] = token,
            }),
        };
        login.Headers.Add("Cookie", CookieFrom(form, "qujing.af"));
        var signedIn = await two.SendAsync(login, Ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/admin", signedIn.Headers.Location?.OriginalString);

        // The login cookie from the second instance, shown to the first.
        using var admin = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin", UriKind.Relative));
        admin.Headers.Add("Cookie", CookieFrom(signedIn, "qujing.auth"));
        var page = await one.SendAsync(admin, Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task FreshSiteStoresOneKeyInItsDatabaseWhenManyRequestsNeedItAtOnce()
    {
        using var failed = new FailedSqlCommands();
        using var fresh = new QujingFactoryWith(("Admin:UserName", AdminSite.AdminName), ("Admin:Password", AdminSite.AdminPassword));
        var client = fresh.CreateClient(new() { AllowAutoRedirect = false });

        var forms = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync(new Uri("/admin/login", UriKind.Relative), Ct)));
        var login = await AdminSite.PostFormAsync(client, "/admin/login", new() { ["UserName"] = AdminSite.AdminName, ["Password"] = AdminSite.AdminPassword });

        Assert.All(forms, f => Assert.Equal(HttpStatusCode.OK, f.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(1, fresh.Query(db => db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"DataProtectionKeys\"").Single()));
        // Nothing asked for the key ring while the new database was still being made.
        Assert.DoesNotContain(failed.Commands, c => c.Contains("DataProtectionKeys", StringComparison.Ordinal));
    }

    /// <summary>
    /// The site as it would run on a machine of its own. Instances in this one test process would otherwise share the
    /// key folder Data Protection falls back to in the user's home, which two servers do not; each instance gets its own
    /// folder instead, used only where the site stores its keys nowhere else (as the framework's fallback is).
    /// </summary>
    private WebApplicationFactory<Program> OnItsOwnMachine(QujingFactory site)
    {
        var disk = Directory.CreateTempSubdirectory("qujing-machine-");
        _machineDisks.Add(disk);
        return site.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.PostConfigure<KeyManagementOptions>(o => o.XmlRepository ??= new FileSystemXmlRepository(disk, NullLoggerFactory.Instance))));
    }

    private static string CookieFrom(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(name + "=", StringComparison.Ordinal)).Split(';')[0];
}
