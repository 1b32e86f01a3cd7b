using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Data;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// The disk fills up, or the database becomes read-only, under signed-in editors (see <see cref="StorageFaults"/>): a
/// save comes back as the form with the editor's text and a message saying why, any other change gets a Chinese page
/// saying it was not made, readers go on being served, and /healthz/ready says what happened until a write succeeds.
/// </summary>
public sealed class StorageFailureTests : IDisposable
{
    private const string FullMessage = "保存失败：服务器存储空间已满，这次修改没有保存。你输入的文字仍在下面，请先复制留存，稍后再试。";
    private const string ReadOnlyMessage = "保存失败：数据库当前只读，这次修改没有保存。你输入的文字仍在下面，请先复制留存，稍后再试。";

    /// <summary>Long enough to need pages the database does not have yet (about 100 KB of UTF-8).</summary>
    private static readonly string LongBody = string.Join("\n\n", Enumerable.Range(1, 300).Select(n =>
        $"第{n.ToString(CultureInfo.InvariantCulture)}段：编辑刚刚写下的文字，" + string.Concat(Enumerable.Repeat("党组织领导的校长负责制", 10))));

    private readonly AdminSite _site = new(("RateLimits:AdminPost:PermitLimit", "100000"));
    private readonly StorageFaults _faults = new();
    private readonly WebApplicationFactory<Program> _faulty;

    public StorageFailureTests() =>
        _faulty = _site.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.ConfigureDbContext<QujingDbContext>(o => o.AddInterceptors(_faults))));

    public void Dispose()
    {
        _faulty.Dispose();
        _site.Dispose();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private (int Id, string Heading, string Slug) Section(int position) =>
        _site.Factory.Query(db => db.Sections.Where(s => s.Position == position).Select(s => new ValueTuple<int, string, string>(s.Id, s.Heading, s.Slug)).Single());

    private int Revisions(int id) => _site.Factory.Query(db => db.Revisions.Count(r => r.ItemType == "section" && r.ItemId == id));

    private async Task<HttpClient> SignedInAsync(string name, string password)
    {
        var client = _faulty.CreateClient(new() { AllowAutoRedirect = false });
        var login = await AdminSite.PostFormAsync(client, "/admin/login", new() { ["UserName"] = name, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    private static Dictionary<string, string> Form((int Id, string Heading, string Slug) section, string body, int basedOn) => new()
    {
        ["Content.Heading"] = section.Heading, ["Content.Slug"] = section.Slug, ["Content.BodyMarkdown"] = body,
        ["basedOn"] = basedOn.ToString(CultureInfo.InvariantCulture), ["intent"] = "save",
    };

    private static Task<HttpResponseMessage> SaveAsync(HttpClient editor, (int Id, string Heading, string Slug) section, string body, int basedOn) =>
        AdminSite.PostFormAsync(editor, $"/admin/sections/{section.Id}/edit", Form(section, body, basedOn), $"/admin/sections/{section.Id}/edit");

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url) => await client.GetAsync(new Uri(url, UriKind.Relative), Ct);

    [Fact]
    public async Task ASaveOnAFullDiskComesBackAsTheFormWithTheTextAndWhy()
    {
        var section = Section(1);
        var editor = await SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        _faults.DiskFull = true;
        var response = await SaveAsync(editor, section, LongBody, 1);
        var page = await AdminSite.ReadAsync(response);
        var reader = _site.Anonymous();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(LongBody, page.QuerySelector("textarea[name='Content.BodyMarkdown']")?.TextContent.Trim());
        Assert.Contains(FullMessage, page.QuerySelector("form .errors")?.TextContent);
        Assert.Equal(1, Revisions(section.Id));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(reader, "/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(reader, $"/sections/{section.Slug}")).StatusCode);
    }

    [Fact]
    public async Task ReadyAndTheAdminPagesSayWhyAWriteFailedUntilAWriteSucceedsAgain()
    {
        var section = Section(2);
        var editor = await SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var client = _faulty.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/healthz/ready")).StatusCode);

        _faults.DiskFull = true;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await SaveAsync(editor, section, LongBody, 1)).StatusCode);
        var failed = await GetAsync(client, "/healthz/ready");
        var (status, reasons) = await HealthTests.StatusAsync(failed);

        var banner = (await AdminSite.GetDocumentAsync(editor, "/admin")).QuerySelector(".storage-warning")?.TextContent;

        _faults.DiskFull = false;
        var saved = await SaveAsync(editor, section, LongBody, 1);
        var recovered = await GetAsync(client, "/healthz/ready");
        var bannerAfter = (await AdminSite.GetDocumentAsync(editor, "/admin")).QuerySelector(".storage-warning");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal("Unhealthy", status);
        Assert.Contains("storage full", reasons);
        Assert.Matches(@"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} UTC", reasons);
        Assert.Contains("服务器存储空间已满", banner);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Null(bannerAfter);
    }

    [Fact]
    public async Task AMergeOnAFullDiskComesBackWithTheMergedText()
    {
        var section = Section(3);
        var chief = await SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var editor = await SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var theirs = section with { Heading = section.Heading + "（修订）" };
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(chief, theirs, _site.Factory.Query(db => db.Sections.Single(s => s.Id == section.Id).BodyMarkdown), 1)).StatusCode);

        _faults.DiskFull = true;
        var fields = Form(section, LongBody, 1);
        fields["theirs"] = "2";
        var response = await AdminSite.PostFormAsync(editor, $"/admin/sections/{section.Id}/merge", fields, $"/admin/sections/{section.Id}/edit");
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(LongBody, page.QuerySelector("textarea[name='Content.BodyMarkdown']")?.TextContent.Trim());
        Assert.Equal(theirs.Heading, page.QuerySelector("input[name='Content.Heading']")?.GetAttribute("value"));
        Assert.Contains(FullMessage, page.QuerySelector("form .errors")?.TextContent);
        Assert.Equal(2, Revisions(section.Id));
    }

    [Fact]
    public async Task ANewSectionOnAFullDiskComesBackWithItsText()
    {
        var editor = await SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var sections = _site.Factory.Query(db => db.Sections.IgnoreQueryFilters().Count());

        _faults.DiskFull = true;
        var response = await AdminSite.PostFormAsync(editor, "/admin/sections/new", new()
        {
            ["Content.Heading"] = "新栏目", ["Content.Slug"] = "new-section", ["Content.BodyMarkdown"] = LongBody,
        });
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(LongBody, page.QuerySelector("textarea[name='Content.BodyMarkdown']")?.TextContent.Trim());
        Assert.Contains(FullMessage, page.QuerySelector("form .errors")?.TextContent);
        Assert.Equal(sections, _site.Factory.Query(db => db.Sections.IgnoreQueryFilters().Count()));
    }

    [Fact]
    public async Task ASaveOnADatabaseThatBecameReadOnlyComesBackAsTheFormWithTheTextAndWhy()
    {
        var section = Section(4);
        var editor = await SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        _faults.ReadOnly = true;
        var response = await SaveAsync(editor, section, LongBody, 1);
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(LongBody, page.QuerySelector("textarea[name='Content.BodyMarkdown']")?.TextContent.Trim());
        Assert.Contains(ReadOnlyMessage, page.QuerySelector("form .errors")?.TextContent);
        Assert.Equal(1, Revisions(section.Id));
    }

    [Fact]
    public async Task ASaveWhoseAuditEntryFindsTheDiskFullIsNotStoredEither()
    {
        var section = Section(5);
        var editor = await SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        _faults.FullAt = "INSERT INTO \"AuditEntries\"";
        var response = await SaveAsync(editor, section, "一段很短的新文字。", 1);
        var page = await AdminSite.ReadAsync(response);

        // The editor is told nothing was saved: so nothing was.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(FullMessage, page.QuerySelector("form .errors")?.TextContent);
        Assert.Equal(1, Revisions(section.Id));
    }

    [Fact]
    public async Task APublishOnAFullDiskGetsAChinesePageAndChangesNothing()
    {
        var section = Section(1);
        var editor = await SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(editor, section, LongBody, 1)).StatusCode);

        _faults.DiskFull = true;
        var response = await AdminSite.PostFormAsync(editor, $"/admin/sections/{section.Id}/publish/2", [], $"/admin/sections/{section.Id}/preview/2");
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("服务器存储空间已满", page.QuerySelector(".storage-failure")?.TextContent);
        Assert.Contains("没有", page.QuerySelector(".storage-failure")?.TextContent);
        Assert.DoesNotContain("抱歉，出错了", page.Body?.TextContent);
        Assert.Equal(1, _site.Factory.Query(db => db.Sections.Single(s => s.Id == section.Id).PublishedRevision));
        Assert.DoesNotContain("编辑刚刚写下的文字", await _site.Anonymous().GetStringAsync(new Uri($"/sections/{section.Slug}", UriKind.Relative), Ct));
    }

    [Fact]
    public async Task TrashingAndMovingOnAReadOnlyDatabaseGetAChinesePageAndChangeNothing()
    {
        var section = Section(2);
        var editor = await SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        _faults.ReadOnly = true;
        var trash = await AdminSite.PostFormAsync(editor, $"/admin/sections/{section.Id}/trash", [], "/admin/sections");
        var move = await AdminSite.PostFormAsync(editor, $"/admin/sections/{section.Id}/move", new() { ["direction"] = "1" }, "/admin/sections");

        foreach (var response in new[] { trash, move })
        {
            var page = await AdminSite.ReadAsync(response);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("数据库当前只读", page.QuerySelector(".storage-failure")?.TextContent);
        }

        Assert.Equal((null, 2), _site.Factory.Query(db => db.Sections.IgnoreQueryFilters().Where(s => s.Id == section.Id).Select(s => new ValueTuple<DateTimeOffset?, int>(s.DeletedAt, s.Position)).Single()));
    }
}
