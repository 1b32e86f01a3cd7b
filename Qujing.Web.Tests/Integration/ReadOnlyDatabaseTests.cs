using System.Net;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// A database the site can read but not write (a read-only mount, wrong ownership after a restore). Tests run as root,
/// which file permissions do not stop, so the site is given <c>Mode=ReadOnly</c>: SQLite then refuses every write
/// exactly as it does for a file it may not write.
/// </summary>
public sealed class ReadOnlyDatabaseTests : IDisposable
{
    private const string ReadOnlyMessage = "数据库当前为只读，无法保存任何修改。";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("qujing-readonly-");

    public void Dispose() => _folder.Delete(true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DatabasePath => Path.Combine(_folder.FullName, "qujing.db");

    private string ConnectionString(bool readOnly) => $"Data Source={DatabasePath};Default Timeout=5;Pooling=False" + (readOnly ? ";Mode=ReadOnly" : "");

    private QujingFactoryWith Site(bool readOnly) => new(
        ("ConnectionStrings:Qujing", ConnectionString(readOnly)),
        ("Admin:UserName", AdminSite.AdminName), ("Admin:Password", AdminSite.AdminPassword),
        ("RateLimits:Login:PermitLimit", "1000"), ("RateLimits:LoginName:PermitLimit", "1000"));

    /// <summary>A site that ran once with a writable database: content imported, the first Admin made, a key ring stored.</summary>
    private async Task CreateDatabaseAsync()
    {
        using var writable = Site(readOnly: false);
        await AdminSite.GetDocumentAsync(writable.CreateClient(), "/admin/login");
    }

    [Fact]
    public async Task ReadersAreServedAndEditorsAreToldTheDatabaseIsReadOnly()
    {
        await CreateDatabaseAsync();
        using var site = Site(readOnly: true);
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var home = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);
        var section = await client.GetAsync(new Uri("/sections/section-1", UriKind.Relative), Ct);
        var loginPage = await AdminSite.GetDocumentAsync(client, "/admin/login");
        var login = await AdminSite.PostFormAsync(client, "/admin/login", new() { ["UserName"] = AdminSite.AdminName, ["Password"] = AdminSite.AdminPassword });
        var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, section.StatusCode);
        Assert.Equal(ReadOnlyMessage, loginPage.QuerySelector(".storage-warning")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(ReadOnlyMessage, (await AdminSite.ReadAsync(login)).QuerySelector(".errors")?.TextContent);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("read-only", (await HealthTests.StatusAsync(ready)).Reasons);
    }

    [Fact]
    public async Task AReadOnlyStartLogsALoudWarningAndKeepsServing()
    {
        await CreateDatabaseAsync();

        await using var site = await SiteProcess.StartAsync("running at", ("ConnectionStrings__Qujing", ConnectionString(readOnly: true)));
        var page = await site.Client.GetAsync(new Uri("/sections/section-1", UriKind.Relative), Ct);
        var ready = await site.Client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), Ct);
        var exit = await site.StopAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("WRN] The database", site.Output);
        Assert.Contains("is read-only", site.Output);
        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task AReadOnlyDatabaseThatNeedsMigratingStopsStartUpWithAClearMessage()
    {
        await File.WriteAllBytesAsync(DatabasePath, [], Ct); // an empty file: a new database, nothing created yet

        var (exit, output) = await SiteProcess.RunAsync([], ("ConnectionStrings__Qujing", ConnectionString(readOnly: true)));

        Assert.Equal(1, exit);
        Assert.Contains("Start-up failed", output);
        Assert.Contains("is read-only, so it cannot be migrated", output);
    }
}
