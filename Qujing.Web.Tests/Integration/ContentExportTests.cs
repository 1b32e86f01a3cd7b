using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Qujing.Web.Tests.Integration;

/// <summary>An Admin downloads the published content as Markdown and JSON, for the newsroom's archive.</summary>
public sealed class ContentExportTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int SectionId(int position) => _site.Factory.Query(db => db.Sections.IgnoreQueryFilters().Single(s => s.Position == position).Id);

    private static Dictionary<string, string> Form(string heading, string slug, string body, int basedOn) => new()
    {
        ["Content.Heading"] = heading, ["Content.Slug"] = slug, ["Content.BodyMarkdown"] = body,
        ["basedOn"] = basedOn.ToString(System.Globalization.CultureInfo.InvariantCulture), ["intent"] = "save",
    };

    [Fact]
    public async Task TheExportHoldsEachSectionsPublishedTextAndNoDraft()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var (drafted, published, trashed) = (SectionId(2), SectionId(3), SectionId(4));
        await AdminSite.PostFormAsync(admin, $"/admin/sections/{drafted}/edit", Form("草稿标题", "section-2", "草稿里的秘密段落。", 1), $"/admin/sections/{drafted}/edit");
        await AdminSite.PostFormAsync(admin, $"/admin/sections/{published}/edit", Form("发布过的标题", "section-3", "已经发布的新段落。", 1), $"/admin/sections/{published}/edit");
        await AdminSite.PostFormAsync(admin, $"/admin/sections/{published}/publish/2", [], $"/admin/sections/{published}/preview/2");
        await AdminSite.PostFormAsync(admin, $"/admin/sections/{trashed}/trash", [], "/admin/sections");
        await AdminSite.PostFormAsync(admin, "/admin/sections/new", new()
        {
            ["Content.Heading"] = "从未发布的栏目", ["Content.Slug"] = "never-published", ["Content.BodyMarkdown"] = "没有发布的正文。",
        }, "/admin/sections/new");
        var sections = _site.Factory.Query(db => db.Sections.AsNoTracking().OrderBy(s => s.Position).ToList());

        var response = await AdminSite.PostFormAsync(admin, "/admin/export", [], "/admin/backup");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(Ct), ZipArchiveMode.Read);
        var files = zip.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
        var everything = string.Join("\n", files.Values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("^qujing-content-[0-9]{8}-[0-9]{6}\\.zip$", response.Content.Headers.ContentDisposition?.FileName ?? "");
        Assert.Equal(4, sections.Count);
        Assert.Equal(sections.Count, files.Keys.Count(k => k.StartsWith("sections/", StringComparison.Ordinal) && k.EndsWith(".md", StringComparison.Ordinal)));
        foreach (var section in sections)
        {
            var file = Assert.Single(files, f => f.Key.StartsWith("sections/", StringComparison.Ordinal) && f.Key.Contains(section.Slug, StringComparison.Ordinal)).Value;
            Assert.Contains(section.Heading, file);
            Assert.Contains(section.BodyMarkdown, file);
        }

        Assert.Contains("已经发布的新段落。", everything);
        Assert.DoesNotContain("草稿里的秘密段落", everything);
        Assert.DoesNotContain("草稿标题", everything);
        Assert.DoesNotContain("从未发布的栏目", everything);
        Assert.DoesNotContain("擦亮教育品牌", everything); // the trashed section's heading
        Assert.Contains(_site.Factory.Query(db => db.AuditEntries.ToList()), a => a.Action == "导出内容" && a.UserName == AdminSite.AdminName);
    }

    [Fact]
    public async Task SchoolsMilestonesFiguresAndQuotesAreOneJsonFile()
    {
        var admin = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var (schools, milestones, figures, quotes) = _site.Factory.Query(db =>
            (db.Schools.Select(s => s.Name).ToList(), db.Milestones.Count(), db.KeyFigures.Count(), db.Quotes.Count()));

        var response = await AdminSite.PostFormAsync(admin, "/admin/export", [], "/admin/backup");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(Ct), ZipArchiveMode.Read);
        var json = await new StreamReader(zip.GetEntry("content.json")!.Open()).ReadToEndAsync(Ct);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal(schools.Order(StringComparer.Ordinal), root.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(milestones, root.GetProperty("milestones").GetArrayLength());
        Assert.Equal(figures, root.GetProperty("figures").GetArrayLength());
        Assert.Equal(quotes, root.GetProperty("quotes").GetArrayLength());
        Assert.Contains(schools[0], json); // Chinese as characters, not \u escapes: readable in any text editor
        Assert.NotNull(zip.GetEntry("index.md"));
    }

    [Fact]
    public async Task EditorsCannotExport()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var response = await AdminSite.PostFormAsync(editor, "/admin/export", [], "/admin/password");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
