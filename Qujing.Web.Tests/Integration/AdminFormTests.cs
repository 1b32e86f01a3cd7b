using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Text;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// Every admin form (<see cref="AdminFormCases"/>) gets empty and hostile posts: never a 500, always a Chinese message
/// (next to the field where there is one), the input kept where the form comes back, and no data changed.
/// </summary>
public sealed partial class AdminFormTests : IDisposable
{
    private static readonly string LoneSurrogateAsSent = HostileCorpus.Escape("\uD800");

    private readonly AdminSite _site = new(("RateLimits:AdminPost:PermitLimit", "100000"), ("RateLimits:Reimport:PermitLimit", "100000"));

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Forms => [.. AdminFormCases.All.Keys];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task EmptyAndHostilePostsGetAChineseMessageNeverA500AndChangeNothing(string form)
    {
        var client = AdminFormCases.RoleOf(form) switch
        {
            "anonymous" => _site.Anonymous(),
            Roles.Admin => await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword),
            _ => await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword),
        };
        if (AdminFormCases.All[form].Any(p => p.Url.Contains("{import}", StringComparison.Ordinal)))
        {
            // A staged text to confirm, made before the fingerprints (it is not what the posts change).
            Assert.Equal(HttpStatusCode.Redirect, (await AdminSite.PostFormAsync(client, "/admin/import", new() { ["text"] = await File.ReadAllTextAsync(RepoPaths.SourceArticle, Ct) })).StatusCode);
        }

        var failures = new List<string>();
        foreach (var post in AdminFormCases.All[form])
        {
            var before = Fingerprint();
            var problem = await CheckAsync(client, post);
            if (problem is not null || Fingerprint() != before)
            {
                failures.Add($"{form} / {post.Label}: {problem ?? "data changed"}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>What is wrong with the answer to one post, or null.</summary>
    private async Task<string?> CheckAsync(HttpClient client, FormPost post)
    {
        var response = await PostAsync(client, post);
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status}";
        }

        var body = await response.Content.ReadAsStringAsync(Ct);
        switch (post.Answer)
        {
            case Answer.NotFound:
                return status == 404 && body.Contains("页面不存在", StringComparison.Ordinal) ? null : $"{status} instead of the 404 page";
            case Answer.Outdated:
                return status == 409 ? NotChinese((await AdminSite.ReadAsync(response)).QuerySelector(".errors")?.TextContent, "summary") : $"{status} instead of 409";
            case Answer.TooLarge:
                return status == 413 && body.Contains("过大", StringComparison.Ordinal) ? null : $"{status} instead of the 413 page";
            case Answer.Download:
                return status == 200 && response.Content.Headers.ContentDisposition?.DispositionType == "attachment" ? null : $"{status} instead of a download";
            case Answer.Notice:
                if (status != 302)
                {
                    return $"{status} instead of a redirect";
                }

                var next = await AdminSite.GetDocumentAsync(client, response.Headers.Location!.OriginalString);
                return NotChinese(next.QuerySelector(".notice")?.TextContent, "notice");
            default:
                return status == 200 ? CheckForm(await AdminSite.ReadAsync(response), post) : $"{status} instead of the form";
        }
    }

    /// <summary>Messages where expected (and only there), all in Chinese; every posted value still in its field.</summary>
    private static string? CheckForm(IDocument page, FormPost post)
    {
        var messages = page.QuerySelectorAll("[data-valmsg-for]").Where(e => e.TextContent.Trim().Length > 0)
            .ToDictionary(e => e.GetAttribute("data-valmsg-for")!, e => e.TextContent.Trim());
        var summary = page.QuerySelector(".errors")?.TextContent.Trim() ?? "";
        var problems = messages.Select(m => NotChinese(m.Value, m.Key)).Append(summary.Length > 0 ? NotChinese(summary, "summary") : null).OfType<string>().ToList();
        if (post.Messages is null && summary.Length == 0)
        {
            problems.Add("no message for the form");
        }
        else if (post.Messages is not null && !messages.Keys.Order().SequenceEqual(post.Messages.Order()))
        {
            problems.Add($"messages at [{string.Join(", ", messages.Keys.Order())}], expected at [{string.Join(", ", post.Messages.Order())}]: {string.Join(" / ", messages.Values)}");
        }

        foreach (var (name, value) in post.Fields)
        {
            var shown = page.QuerySelector($"form [name='{name}']") switch
            {
                IHtmlTextAreaElement t => t.Value,
                IHtmlInputElement { Type: not ("password" or "hidden") } i => i.Value,
                _ => null,
            };
            // The form comes back with what was posted, as the server read it: a lone surrogate's bytes are not UTF-8 and stay escaped.
            if (shown is not null && InputText.Clean(shown.Replace(LoneSurrogateAsSent, "", StringComparison.Ordinal)) != InputText.Clean(value))
            {
                problems.Add($"{name} not kept: {Excerpt(shown)}");
            }
        }

        return problems.FirstOrDefault();
    }

    private static string? NotChinese(string? message, string where) =>
        message is null || !Han().IsMatch(message) ? $"no Chinese {where} message: {message}"
        : English().IsMatch(message) ? $"English in the {where} message: {message}"
        : null;

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, FormPost post)
    {
        var formPage = await AdminSite.GetDocumentAsync(client, Resolve(post.FormPage));
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = formPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        };
        if (post.FromPage)
        {
            foreach (var e in formPage.QuerySelectorAll("[name^='Content.']"))
            {
                fields[e.GetAttribute("name")!] = e is IHtmlTextAreaElement t ? t.Value : (e as IHtmlSelectElement)?.Value ?? e.GetAttribute("value") ?? "";
            }
        }

        foreach (var (name, value) in post.Fields)
        {
            fields[name] = value;
        }

        var url = new Uri(Resolve(post.Url), UriKind.Relative);
        if (post.Upload is { } bytes)
        {
            using var multipart = new MultipartFormDataContent { { new StringContent(fields["__RequestVerificationToken"]), "__RequestVerificationToken" }, { new ByteArrayContent(bytes), "file", "upload.txt" } };
            return await client.PostAsync(url, multipart, Ct);
        }

        // Encoded by hand: a lone surrogate goes as the bytes a broken client would send, which no encoder produces.
        using var body = new StringContent(HostileCorpus.Encode(fields), Encoding.UTF8, "application/x-www-form-urlencoded");
        return await client.PostAsync(url, body, Ct);
    }

    private string Resolve(string url) => Placeholder().Replace(url, m => m.Groups[1].Value switch
    {
        "section" => _site.Factory.Query(db => db.Sections.OrderBy(s => s.Position).First().Id).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "school" => _site.Factory.Query(db => db.Schools.OrderBy(s => s.Id).First().Id).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "milestone" => _site.Factory.Query(db => db.Milestones.OrderBy(s => s.Id).First().Id).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "figure" => _site.Factory.Query(db => db.KeyFigures.OrderBy(s => s.Id).First().Id).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "quote" => _site.Factory.Query(db => db.Quotes.OrderBy(s => s.Id).First().Id).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "feature" => _site.Factory.Query(db => db.Features.Single().Id).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "report" => _site.Factory.Query(db => db.ImportReportItems.OrderBy(i => i.Id).First().Id).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "admin" => _site.Factory.Query(db => db.Users.Single(u => u.UserName == AdminSite.AdminName).Id),
        "import" => _site.Factory.Query(db => db.PendingImports.OrderBy(p => p.Id).First().Id).ToString(System.Globalization.CultureInfo.InvariantCulture),
        var other => throw new ArgumentException($"Unknown placeholder {other}"),
    });

    /// <summary>
    /// Everything a form could change: content and its revisions, publishing, the trash, order, accounts, the report, staged
    /// imports, and the audit entries of content changes (failed logins and downloads are rightly audited).
    /// </summary>
    private string Fingerprint() => _site.Factory.Query(db => string.Join("|",
    [
        db.Revisions.Count(), db.AuditEntries.Count(a => a.ItemType != null), db.PendingImports.Count(), db.ImportReportItems.Count(i => i.Handled),
        .. db.Sections.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => new { s.Id, s.Position, s.PublishedRevision, s.DeletedAt }).AsEnumerable().Select(s => s.ToString()),
        .. db.Schools.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => new { s.Id, s.PublishedRevision, s.DeletedAt }).AsEnumerable().Select(s => s.ToString()),
        .. db.Milestones.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => new { s.Id, s.PublishedRevision, s.DeletedAt }).AsEnumerable().Select(s => s.ToString()),
        .. db.KeyFigures.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => new { s.Id, s.PublishedRevision, s.DeletedAt }).AsEnumerable().Select(s => s.ToString()),
        .. db.Quotes.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => new { s.Id, s.PublishedRevision, s.DeletedAt }).AsEnumerable().Select(s => s.ToString()),
        .. db.Features.Select(f => new { f.PublishedRevision, f.PublishedAt }).AsEnumerable().Select(f => f.ToString()),
        .. db.Users.OrderBy(u => u.Id).Select(u => new { u.UserName, u.PasswordHash, u.SecurityStamp, u.LockoutEnd }).AsEnumerable().Select(u => u.ToString()),
    ]));

    private static string Excerpt(string text) => text.Length > 60 ? text[..60] + "…" : text;

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    /// <summary>The framework's own messages ("The value 'x' is not valid", "The X field is required").</summary>
    [GeneratedRegex(@"(?i)\b(the|field|value|required|invalid|valid|must)\b")]
    private static partial Regex English();

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
