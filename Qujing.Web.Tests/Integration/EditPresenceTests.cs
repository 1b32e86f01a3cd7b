using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// "王编辑正在编辑此条目": an edit page names the other editors who have the same item open, from the heartbeats their
/// pages post (stored in the database, so any instance sees them), and forgets them once they stop.
/// </summary>
public sealed class EditPresenceTests : IDisposable
{
    private const string Wang = "王编辑";
    private const string WangPassword = "wang-pass-2026";
    private const string WangEmail = "wang.bianji@example.cn";

    private readonly AdminSite _site = new(("RateLimits:AdminPost:PermitLimit", "100000"), ("Presence:HeartbeatSeconds", "5"));
    private readonly ShiftedClock _clock = new();
    private readonly WebApplicationFactory<Program> _factory;

    public EditPresenceTests()
    {
        // The site's own clock, moved forward by the tests: the window is 90 seconds of the site's time, not the test's.
        _factory = _site.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
        using var scope = _factory.Services.CreateScope();
        Assert.True(scope.ServiceProvider.GetRequiredService<AccountSeeder>().CreateAsync(Wang, WangPassword, Roles.Editor).GetAwaiter().GetResult().Succeeded);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var wang = users.FindByNameAsync(Wang).GetAwaiter().GetResult()!;
        Assert.True(users.SetEmailAsync(wang, WangEmail).GetAwaiter().GetResult().Succeeded);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _site.Dispose();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int SectionId(int position) => _site.Factory.Query(db => db.Sections.Single(s => s.Position == position).Id);

    /// <summary>Rows in the presence table (quoted, so the SQL runs on both providers).</summary>
    private int Presences() => _site.Factory.Query(db => db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"EditPresences\"").Single());

    private async Task<HttpClient> SignedInAsync(string name, string password)
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await AdminSite.PostFormAsync(client, "/admin/login", new() { ["UserName"] = name, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>What the edit page's script posts: the antiforgery token in a header, as a page gave it (any admin page has one, in its logout form).</summary>
    private static async Task<HttpResponseMessage> BeatAsync(HttpClient client, string kind, int id, string path = "", bool token = true)
    {
        var page = await AdminSite.GetDocumentAsync(client, "/admin");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/admin/presence/{kind}/{id}{path}", UriKind.Relative));
        if (token)
        {
            request.Headers.Add("RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value"));
        }

        return await client.SendAsync(request, Ct);
    }

    private static async Task<string> NoticeAsync(HttpClient client, int id) =>
        (await AdminSite.GetDocumentAsync(client, $"/admin/sections/{id}/edit")).QuerySelector(".presence")?.TextContent.Trim() ?? "(no presence box)";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

    [Fact]
    public async Task ASecondEditorOpeningTheItemSeesTheFirstByNameAndNeverTheirEmail()
    {
        var id = SectionId(2);
        var wang = await SignedInAsync(Wang, WangPassword);
        var chief = await SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var beat = await BeatAsync(wang, "sections", id);
        var notice = await NoticeAsync(chief, id);

        Assert.Equal(HttpStatusCode.OK, beat.StatusCode);
        Assert.Contains($"{Wang}正在编辑此条目（刚刚仍在）", notice);
        Assert.DoesNotContain(WangEmail, notice);
        Assert.Equal("", await NoticeAsync(wang, id));
        Assert.Equal("", await NoticeAsync(chief, SectionId(3)));
    }

    [Fact]
    public async Task AnEditorsHeartbeatIsAnsweredWithTheOthersOnTheItem()
    {
        var id = SectionId(2);
        var wang = await SignedInAsync(Wang, WangPassword);
        var lihua = await SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var first = await JsonAsync(await BeatAsync(wang, "sections", id));
        var second = await JsonAsync(await BeatAsync(lihua, "sections", id));
        var third = await JsonAsync(await BeatAsync(wang, "sections", id));

        Assert.Equal("", first.GetProperty("text").GetString());
        Assert.Equal([Wang], second.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
        Assert.Contains($"{Wang}正在编辑此条目", second.GetProperty("text").GetString());
        Assert.Equal([AdminSite.EditorName], third.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task APresenceAgesAndIsGoneOnceItsWindowHasPassed()
    {
        var id = SectionId(2);
        var wang = await SignedInAsync(Wang, WangPassword);
        var chief = await SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        await BeatAsync(wang, "sections", id);

        _clock.Shift = TimeSpan.FromSeconds(75);
        var aged = await NoticeAsync(chief, id);
        _clock.Shift = TimeSpan.FromSeconds(91);
        var gone = await NoticeAsync(chief, id);
        var answer = await JsonAsync(await BeatAsync(chief, "sections", id));

        Assert.Contains($"{Wang}正在编辑此条目（1 分钟前仍在）", aged);
        Assert.Equal("", gone);
        Assert.Equal(0, answer.GetProperty("names").GetArrayLength());
        Assert.Equal(1, Presences());
    }

    [Fact]
    public async Task LeavingThePageForgetsThePresenceAtOnce()
    {
        var id = SectionId(2);
        var wang = await SignedInAsync(Wang, WangPassword);
        var chief = await SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        await BeatAsync(wang, "sections", id);

        var left = await BeatAsync(wang, "sections", id, "/left");

        Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        Assert.Equal("", await NoticeAsync(chief, id));
    }

    [Fact]
    public async Task AHeartbeatWithoutTheAntiforgeryTokenIsRefusedAndNotRecorded()
    {
        var id = SectionId(2);
        var wang = await SignedInAsync(Wang, WangPassword);
        var chief = await SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var beat = await BeatAsync(wang, "sections", id, token: false);

        Assert.Equal(HttpStatusCode.BadRequest, beat.StatusCode);
        Assert.Equal("", await NoticeAsync(chief, id));
    }

    [Fact]
    public async Task AHeartbeatFromSomeoneNotSignedInIsSentToTheLogin()
    {
        var anonymous = _factory.CreateClient(new() { AllowAutoRedirect = false });

        var beat = await anonymous.PostAsync(new Uri($"/admin/presence/sections/{SectionId(2)}", UriKind.Relative), null, Ct);

        Assert.Equal(HttpStatusCode.Redirect, beat.StatusCode);
        Assert.Contains("/admin/login", beat.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("sections", 999999)]
    [InlineData("sections", -1)]
    [InlineData("nonsense", 1)]
    [InlineData("drafting", 1)]
    public async Task AHeartbeatForAnUnknownItemIsNotFoundWithAChineseMessage(string kind, int id)
    {
        var wang = await SignedInAsync(Wang, WangPassword);

        var beat = await BeatAsync(wang, kind, id);

        Assert.Equal(HttpStatusCode.NotFound, beat.StatusCode);
        Assert.Contains("找不到", (await JsonAsync(beat)).GetProperty("message").GetString());
        Assert.Equal(0, Presences());
    }

    [Fact]
    public async Task AHeartbeatForAnIdThatIsNotANumberIsNotFoundWithAChineseMessage()
    {
        var wang = await SignedInAsync(Wang, WangPassword);
        var page = await AdminSite.GetDocumentAsync(wang, $"/admin/sections/{SectionId(2)}/edit");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/admin/presence/sections/abc", UriKind.Relative));
        request.Headers.Add("RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value"));

        var beat = await wang.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotFound, beat.StatusCode);
        Assert.Contains("找不到", await beat.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task TheEditPageTellsItsScriptWhereAndHowOftenToBeat()
    {
        var id = SectionId(2);
        var chief = await SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);

        var box = (await AdminSite.GetDocumentAsync(chief, $"/admin/sections/{id}/edit")).QuerySelector(".presence")!;

        Assert.Equal($"/admin/presence/sections/{id}", box.GetAttribute("data-beat-url"));
        Assert.Equal("5000", box.GetAttribute("data-interval"));
        Assert.Equal("polite", box.GetAttribute("aria-live"));
    }

    [Fact]
    public async Task HeartbeatsHaveABudgetOfTheirOwnAndNeverSpendTheSaveButtons()
    {
        using var site = new AdminSite(("RateLimits:AdminPost:PermitLimit", "1"), ("RateLimits:Presence:PermitLimit", "3"));
        var id = site.Factory.Query(db => db.Sections.Single(s => s.Position == 2).Id);
        var editor = await site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var beats = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            beats.Add((await BeatAsync(editor, "sections", id)).StatusCode);
        }

        var page = await AdminSite.GetDocumentAsync(editor, $"/admin/sections/{id}/edit");
        var fields = page.QuerySelectorAll("form[data-editor] [name]").Where(e => e.GetAttribute("name")!.StartsWith("Content.", StringComparison.Ordinal) || e.GetAttribute("name") == "basedOn")
            .ToDictionary(e => e.GetAttribute("name")!, e => e is AngleSharp.Html.Dom.IHtmlTextAreaElement area ? area.Value : e.GetAttribute("value") ?? "");
        fields["intent"] = "preview";
        var preview = await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", fields);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], beats);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
    }

    /// <summary>The system's time plus a shift the test sets: cookies and tokens stay valid while presences age.</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
    }
}
