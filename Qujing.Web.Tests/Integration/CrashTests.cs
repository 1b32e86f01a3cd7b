using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Sections;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// The site as its own process, killed with SIGKILL at random moments while editors save and publish and an Admin
/// confirms a re-import, then started again: every acknowledged save is there, a re-import is wholly applied or not at
/// all, and what readers see is always a published revision, whole.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private const int Rounds = 5;
    private const string Admin = "chief";
    private const string Password = "chief-pass-2026";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"qujing-crash-{Guid.NewGuid():N}.db");

    private (string Key, string Value)[] Settings =>
    [
        ("ConnectionStrings__Qujing", $"Data Source={_path};Default Timeout=5"),
        ("Admin__UserName", Admin), ("Admin__Password", Password),
        ("RateLimits__Login__PermitLimit", "1000"), ("RateLimits__AdminPost__PermitLimit", "100000"), ("RateLimits__Reimport__PermitLimit", "1000"),
        // The rounds rename headings the editors' corrections name by heading; corrections have re-import tests of their own.
        ("Content__Corrections", ""),
    ];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NothingAcknowledgedIsLostAndNothingHalfAppliedIsVisibleAfterAKill()
    {
        var random = new Random(20261126);
        var acknowledged = new List<(int Id, int Number, string Marker)>();
        var imports = 0;
        var unanswered = 0;
        var duration = TimeSpan.Zero;
        for (var round = 0; round < Rounds; round++)
        {
            var site = await SiteProcess.StartAsync("running at", Settings);
            await using (site)
            {
                await CheckAsync(site, acknowledged, imports, unanswered);
                var client = await SignedInAsync(site);
                var sections = Query(db => db.Sections.OrderBy(s => s.Position).Select(s => s.Id).ToList());
                var review = await StageAsync(client, round);
                var reviewPage = await AdminSite.GetDocumentAsync(client, review);

                using var stop = new CancellationTokenSource();
                var editors = Enumerable.Range(0, 3).Select(e => Task.Run(() => EditAsync(site, sections[e * 2], $"r{round}e{e}", acknowledged, stop.Token), Ct)).ToList();
                // Round 0 measures how long a confirmation takes here; later rounds kill somewhere in its second half, where
                // it writes (its first half reads the text, without the write lock).
                var started = DateTime.UtcNow;
                var confirm = ConfirmAsync(client, review, reviewPage);
                await (round == 0 ? confirm : Task.Delay(TimeSpan.FromMilliseconds(duration.TotalMilliseconds * (0.5 + (random.NextDouble() * 0.6))), Ct));
                duration = round == 0 ? DateTime.UtcNow - started : duration;
                await Task.Delay(round == 0 ? random.Next(0, 500) : 0, Ct);
                await site.KillAsync();
                await stop.CancelAsync();
                await Task.WhenAll(editors);
                var confirmed = await confirm;
                imports += confirmed ? 1 : 0;
                unanswered += confirmed ? 0 : 1;
            }
        }

        await using var last = await SiteProcess.StartAsync("running at", Settings);
        await CheckAsync(last, acknowledged, imports, unanswered);
    }

    /// <summary>After a restart: every acknowledged save in exactly one revision, imports whole, live content = its published revision.</summary>
    private async Task CheckAsync(SiteProcess site, List<(int Id, int Number, string Marker)> acknowledged, int acknowledgedImports, int unansweredImports)
    {
        Assert.Equal("ok", Query(db => db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").AsEnumerable().First()));
        var revisions = Query(db => db.Revisions.AsNoTracking().Where(r => r.ItemType == SectionContent.ItemType).ToList());
        foreach (var (id, number, marker) in acknowledged)
        {
            Assert.Contains(marker, revisions.Single(r => r.ItemId == id && r.Number == number).ContentJson, StringComparison.Ordinal);
        }

        // A re-import is one transaction: the record of its run, both headings it renames and the end of its staged text
        // are there together, or none of them.
        var runs = Query(db => db.ImportRuns.Select(r => r.SourceHash).ToList());
        // A confirmation killed after its commit but before its answer counts too: each unanswered one may have been applied.
        Assert.InRange(runs.Count - 1, acknowledgedImports, acknowledgedImports + unansweredImports);
        var headings = Query(db => db.Sections.OrderBy(s => s.Position).Select(s => s.Heading).ToList());
        var shown = new[] { headings[1], headings[3] }.Select(RoundIn).Distinct().ToList();
        Assert.Single(shown);
        Assert.Equal(runs.Count - 1, Enumerable.Range(0, Rounds).Count(r => runs.Contains(HashOf(r))));
        if (shown[0] is { } round)
        {
            Assert.Contains(HashOf(round), runs);
            Assert.Equal(runs[^1], HashOf(round));
        }

        foreach (var section in Query(db => db.Sections.AsNoTracking().ToList()))
        {
            var published = RevisionStore.Read<SectionContent>(revisions.Single(r => r.ItemId == section.Id && r.Number == section.PublishedRevision));
            Assert.Equal((published.Heading, published.BodyMarkdown), (section.Heading, section.BodyMarkdown));
            var page = await site.Client.GetStringAsync(new Uri($"/sections/{section.Slug}", UriKind.Relative), Ct);
            Assert.Contains(WebUtility.HtmlEncode(section.Heading), page);
        }
    }

    private static async Task EditAsync(SiteProcess site, int id, string who, List<(int Id, int Number, string Marker)> acknowledged, CancellationToken stop)
    {
        try
        {
            var client = await SignedInAsync(site);
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var page = await AdminSite.GetDocumentAsync(client, $"/admin/sections/{id}/edit");
                var marker = $"〔{who}-{n}〕";
                var fields = FormOf(page);
                fields["Content.BodyMarkdown"] += $"\n\n崩溃测试{marker}";
                var saved = await PostAsync(client, $"/admin/sections/{id}/edit", fields, page);
                if (saved.StatusCode != HttpStatusCode.Redirect)
                {
                    continue;
                }

                var preview = saved.Headers.Location!.OriginalString;
                lock (acknowledged)
                {
                    acknowledged.Add((id, int.Parse(preview[(preview.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture), marker));
                }

                await PostAsync(client, $"/admin/sections/{id}/publish/{preview[(preview.LastIndexOf('/') + 1)..]}", [], await AdminSite.GetDocumentAsync(client, preview));
            }
        }
        catch (HttpRequestException)
        {
            // The site was killed under the request: it was never acknowledged.
        }
    }

    /// <summary>Stages a text that renames two sections the editors do not touch, and returns its review page's address.</summary>
    /// <summary>The round whose re-import renamed a heading, or null for the article's own heading.</summary>
    private static int? RoundIn(string heading) =>
        heading.IndexOf("（第", StringComparison.Ordinal) is >= 0 and var at ? int.Parse(heading[(at + 2)..heading.IndexOf('轮', StringComparison.Ordinal)], CultureInfo.InvariantCulture) : null;

    private static string TextOf(int round) => File.ReadAllText(RepoPaths.SourceArticle)
        .Replace("\n高位统筹推进\n", $"\n高位统筹推进（第{round}轮）\n", StringComparison.Ordinal)
        .Replace("\n擦亮教育品牌\n", $"\n擦亮教育品牌（第{round}轮）\n", StringComparison.Ordinal);

    private static string HashOf(int round) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(TextOf(round))));

    private static async Task<string> StageAsync(HttpClient client, int round)
    {
        var staged = await PostAsync(client, "/admin/import", new() { ["text"] = TextOf(round) }, await AdminSite.GetDocumentAsync(client, "/admin/import"));
        Assert.Equal(HttpStatusCode.Redirect, staged.StatusCode);
        return staged.Headers.Location!.OriginalString;
    }

    /// <returns>True when the confirmation was acknowledged before the kill.</returns>
    private static async Task<bool> ConfirmAsync(HttpClient client, string review, AngleSharp.Dom.IDocument page)
    {
        try
        {
            var fields = new Dictionary<string, string> { ["fingerprint"] = page.QuerySelector("input[name=fingerprint]")!.GetAttribute("value")!, ["publishNow"] = "true" };
            return (await PostAsync(client, review + "/confirm", fields, page)).StatusCode == HttpStatusCode.Redirect;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static async Task<HttpClient> SignedInAsync(SiteProcess site)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = site.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var login = await PostAsync(client, "/admin/login", new() { ["UserName"] = Admin, ["Password"] = Password }, await AdminSite.GetDocumentAsync(client, "/admin/login"));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, AngleSharp.Dom.IDocument formPage)
    {
        fields["__RequestVerificationToken"] = formPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields), Ct);
    }

    private static Dictionary<string, string> FormOf(AngleSharp.Dom.IDocument page) => new()
    {
        ["Content.Heading"] = page.QuerySelector("input[name='Content.Heading']")!.GetAttribute("value")!,
        ["Content.Slug"] = page.QuerySelector("input[name='Content.Slug']")!.GetAttribute("value")!,
        ["Content.BodyMarkdown"] = ((AngleSharp.Html.Dom.IHtmlTextAreaElement)page.QuerySelector("textarea[name='Content.BodyMarkdown']")!).Value,
        ["basedOn"] = page.QuerySelector("input[name=basedOn]")!.GetAttribute("value")!,
        ["intent"] = "save",
    };

    private T Query<T>(Func<QujingDbContext, T> query)
    {
        using var db = new QujingDbContext(new DbContextOptionsBuilder<QujingDbContext>().UseSqlite($"Data Source={_path};Pooling=False").Options);
        return query(db);
    }
}
