using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Features.Editing.Scheduling;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// "定时发布": an editor schedules a saved draft for a Beijing time; the scheduler publishes it once through the same path
/// as the publish button, however many schedulers run over the database, and only while it is still what was scheduled.
/// </summary>
public sealed class ScheduledPublishingTests : IDisposable
{
    private const string NewText = "定时发布之后，学校面貌焕然一新。";

    // The scheduler looks often here, so a due schedule fires within the test's patience.
    private readonly AdminSite _site = new(("RateLimits:AdminPost:PermitLimit", "100000"), ("Scheduling:IntervalSeconds", "0.2"));

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>"2026-11-27T08:00", as a datetime-local input sends it, in Beijing time.</summary>
    private static string Input(DateTimeOffset at) => at.ToOffset(Beijing).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Whole minutes in Beijing time, two hours from now: what an editor would pick.</summary>
    private static DateTimeOffset InTwoHours()
    {
        var at = DateTimeOffset.UtcNow.AddHours(2).ToOffset(Beijing);
        return new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, Beijing);
    }

    private int SectionId(int position) => _site.Factory.Query(db => db.Sections.Single(s => s.Position == position).Id);

    private static async Task<int> SaveDraftAsync(HttpClient editor, int id, string body)
    {
        var form = Fields(await AdminSite.GetDocumentAsync(editor, $"/admin/sections/{id}/edit"));
        form["Content.BodyMarkdown"] = body;
        form["intent"] = "save";
        var saved = await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private static Task<HttpResponseMessage> ScheduleAsync(HttpClient editor, int id, int number, string publishAt) =>
        AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/schedule",
            new() { ["number"] = number.ToString(CultureInfo.InvariantCulture), ["publishAt"] = publishAt }, $"/admin/sections/{id}/edit");

    /// <summary>Time passes: the schedules fall due (the clock is the system's; the rows are moved instead).</summary>
    private void MakeDue() => _site.Factory.Query(db =>
        db.ScheduledPublications.ExecuteUpdate(s => s.SetProperty(p => p.DueAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

    private int Audited(string action, int id) => _site.Factory.Query(db => db.AuditEntries.Count(a => a.Action == action && a.ItemType == "section" && a.ItemId == id));

    private int Published(int id) => _site.Factory.Query(db => db.Sections.AsNoTracking().Single(s => s.Id == id).PublishedRevision);

    private async Task<string> ReaderGetsAsync(string url) => await _site.Anonymous().GetStringAsync(new Uri(url, UriKind.Relative), Ct);

    private async Task<int> RunSchedulerAsync()
    {
        await using var scope = _site.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduleRunner>().RunDueAsync(Ct);
    }

    [Fact]
    public async Task AScheduledDraftIsPublishedOnTimeThroughThePublishPathAndAuditedOnce()
    {
        var id = SectionId(2);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var number = await SaveDraftAsync(editor, id, NewText);
        var due = InTwoHours();
        Assert.DoesNotContain("焕然一新", await ReaderGetsAsync("/sections/section-2"));

        var scheduled = await ScheduleAsync(editor, id, number, Input(due));
        var page = await AdminSite.GetDocumentAsync(editor, $"/admin/sections/{id}/edit");

        Assert.Equal($"/admin/sections/{id}/edit", scheduled.Headers.Location?.OriginalString);
        var panel = page.QuerySelector("#schedule")!;
        Assert.Contains($"将于 {due:yyyy'年'M'月'd'日' HH:mm}（北京时间）发布", panel.TextContent.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.NotNull(panel.QuerySelector($"form[action='/admin/sections/{id}/unschedule'] button"));
        Assert.Contains("取消定时", panel.QuerySelector($"form[action='/admin/sections/{id}/unschedule'] button")!.TextContent);
        Assert.Equal(due.UtcTicks, _site.Factory.Query(db => db.ScheduledPublications.Single()).DueAt.UtcTicks);
        Assert.Equal(1, Audited("安排定时发布", id));

        MakeDue();
        var clock = Stopwatch.StartNew();
        while (!(await ReaderGetsAsync("/sections/section-2")).Contains("焕然一新", StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), "the due schedule did not publish within 15 s");
            await Task.Delay(100, Ct);
        }

        Assert.Equal(number, Published(id));
        Assert.Equal(1, Audited("定时发布", id));
        Assert.Equal(0, Audited("发布", id));
        var entry = _site.Factory.Query(db => db.AuditEntries.Single(a => a.Action == "定时发布" && a.ItemId == id));
        Assert.Equal(AdminSite.EditorName, entry.UserName);
        Assert.Equal(0, _site.Factory.Query(db => db.ScheduledPublications.Count()));
        Assert.Null((await AdminSite.GetDocumentAsync(editor, $"/admin/sections/{id}/edit")).QuerySelector($"form[action='/admin/sections/{id}/unschedule']"));
    }

    [Fact]
    public async Task ACancelledScheduleNeverFires()
    {
        var id = SectionId(3);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var number = await SaveDraftAsync(editor, id, NewText);
        await ScheduleAsync(editor, id, number, Input(InTwoHours()));

        var cancelled = await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/unschedule", [], $"/admin/sections/{id}/edit");
        MakeDue();
        await RunSchedulerAsync();
        await Task.Delay(600, Ct); // the site's own scheduler looks every 0.2 s

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(1, Published(id));
        Assert.DoesNotContain("焕然一新", await ReaderGetsAsync("/sections/section-3"));
        Assert.Equal(1, Audited("取消定时发布", id));
        Assert.Equal(0, Audited("定时发布", id));
        Assert.Null((await AdminSite.GetDocumentAsync(editor, $"/admin/sections/{id}/edit")).QuerySelector($"form[action='/admin/sections/{id}/unschedule']"));
    }

    [Fact]
    public async Task ANewScheduleReplacesTheOldOneAndSaysSo()
    {
        var id = SectionId(4);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var number = await SaveDraftAsync(editor, id, NewText);
        await ScheduleAsync(editor, id, number, Input(InTwoHours()));

        // Read the clock once: a minute can turn between the request and the assertion on a busy machine (CI did).
        var later = InTwoHours().AddDays(1);
        await ScheduleAsync(editor, id, number, Input(later));

        var row = _site.Factory.Query(db => db.ScheduledPublications.Single());
        Assert.Equal(later.UtcTicks, row.DueAt.UtcTicks);
        var replaced = _site.Factory.Query(db => db.AuditEntries.Where(a => a.Action == "安排定时发布" && a.ItemId == id).OrderBy(a => a.Id).ToList());
        Assert.Equal(2, replaced.Count);
        Assert.Contains("取代", replaced[1].Detail);
    }

    [Theory]
    [InlineData("past", "已经过去")]
    [InlineData("明天早上八点", "格式")]
    [InlineData("2026-02-30T08:00", "格式")]
    [InlineData("far", "最晚")]
    [InlineData("", "请填写")]
    [InlineData("0001-01-01T00:00", "已经过去")] // the first moment DateTimeOffset knows: minus eight hours was a 500
    public async Task ATimeThatCannotBeScheduledIsRefusedWithAChineseMessageAndKept(string typed, string message)
    {
        var id = SectionId(5);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var number = await SaveDraftAsync(editor, id, NewText);
        var input = typed switch
        {
            "past" => Input(DateTimeOffset.UtcNow.AddHours(-1)),
            "far" => Input(DateTimeOffset.UtcNow.AddDays(400)),
            _ => typed,
        };

        var response = await ScheduleAsync(editor, id, number, input);
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("#schedule [data-valmsg-for=publishAt]")?.TextContent);
        Assert.Equal(input, page.QuerySelector("#schedule input[name=publishAt]")?.GetAttribute("value"));
        Assert.Equal(0, _site.Factory.Query(db => db.ScheduledPublications.Count()));
    }

    [Fact]
    public async Task SchedulersRacingOverOneDatabasePublishEachScheduleExactlyOnce()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var ids = new[] { SectionId(2), SectionId(3), SectionId(4), SectionId(5) };
        foreach (var id in ids)
        {
            await ScheduleAsync(editor, id, await SaveDraftAsync(editor, id, NewText + id.ToString(CultureInfo.InvariantCulture)), Input(InTwoHours()));
        }

        MakeDue();
        // Four schedulers as four instances would run them: each its own scope (its own DbContext and connection), all at once.
        var fired = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(RunSchedulerAsync, Ct)));

        Assert.All(ids, id =>
        {
            Assert.Equal(1, Audited("定时发布", id));
            Assert.Equal(2, Published(id));
        });
        Assert.True(fired.Sum() <= ids.Length, $"the schedulers reported {fired.Sum()} publications of {ids.Length} schedules");
        Assert.Equal(0, _site.Factory.Query(db => db.ScheduledPublications.Count()));
    }

    [Fact]
    public async Task AScheduleWhosePublishFailsIsMarkedFailedOnceAndNotTriedAgain()
    {
        var id = SectionId(2);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var form = Fields(await AdminSite.GetDocumentAsync(editor, $"/admin/sections/{id}/edit"));
        form["Content.Slug"] = "new-address";
        form["Content.BodyMarkdown"] = NewText;
        form["intent"] = "save";
        var saved = await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", form);
        var number = int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        await ScheduleAsync(editor, id, number, Input(InTwoHours()));

        // Meanwhile another section takes the address: this draft can no longer be published, now or in any later round.
        _site.Factory.Query(db => db.Database.ExecuteSqlRaw("UPDATE \"Sections\" SET \"Slug\" = 'new-address' WHERE \"Position\" = 3"));
        MakeDue();
        await RunSchedulerAsync();
        await RunSchedulerAsync();

        Assert.Equal(1, Published(id));
        var row = _site.Factory.Query(db => db.ScheduledPublications.Single());
        Assert.Equal(ScheduleState.Failed, row.State);
        Assert.Contains("出错", row.FailureReason);
        Assert.Equal(1, Audited("定时发布失败", id));
    }

    [Fact]
    public async Task AScheduleWhoseDraftWasSupersededIsNotPublishedAndTheDashboardSaysWhy()
    {
        var id = SectionId(2);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var number = await SaveDraftAsync(editor, id, NewText);
        await ScheduleAsync(editor, id, number, Input(InTwoHours()));
        var newer = await SaveDraftAsync(editor, id, NewText + "又改了一句。");

        var warned = await AdminSite.GetDocumentAsync(editor, $"/admin/sections/{id}/edit");
        MakeDue();
        await RunSchedulerAsync();
        var dashboard = await AdminSite.GetDocumentAsync(editor, "/admin");

        Assert.Contains($"第 {newer} 版", warned.QuerySelector("#schedule .warning")?.TextContent);
        Assert.Equal(1, Published(id));
        Assert.Equal(1, Audited("定时发布失败", id));
        var row = _site.Factory.Query(db => db.ScheduledPublications.Single());
        Assert.Equal(ScheduleState.Failed, row.State);
        var failed = Assert.Single(dashboard.QuerySelectorAll("#desk-scheduled ~ .desk-list li"));
        Assert.Contains("未执行", failed.TextContent);
        Assert.Contains($"第 {newer} 版", failed.TextContent);
    }

    [Fact]
    public async Task TheDashboardListsScheduledItemsInBeijingTimeWithWhoAndACancelButton()
    {
        var id = SectionId(3);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var number = await SaveDraftAsync(editor, id, NewText);
        var due = InTwoHours();
        await ScheduleAsync(editor, id, number, Input(due));

        var dashboard = await AdminSite.GetDocumentAsync(admin, "/admin");

        var item = Assert.Single(dashboard.QuerySelectorAll("#desk-scheduled ~ .desk-list li"));
        Assert.Equal($"/admin/sections/{id}/edit", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains($"第 {number} 版", item.TextContent);
        Assert.Contains(AdminSite.EditorName, item.TextContent);
        var time = item.QuerySelector("time")!;
        Assert.Equal(due.ToOffset(Beijing).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), time.GetAttribute("datetime"));
        Assert.Equal(due.ToString("yyyy'年'M'月'd'日' HH:mm", CultureInfo.InvariantCulture), time.TextContent);
        Assert.Contains("北京时间", item.TextContent);

        var cancel = item.QuerySelector("form")!;
        Assert.Equal($"/admin/sections/{id}/unschedule", cancel.GetAttribute("action"));
        var fields = cancel.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        var response = await admin.PostAsync(new Uri(cancel.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(fields), Ct);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        Assert.Equal(0, _site.Factory.Query(db => db.ScheduledPublications.Count()));
    }

    private static Dictionary<string, string> Fields(IDocument page) => AdminSite.FormFields(page);
}
