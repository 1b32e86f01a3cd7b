using System.Net;

namespace Qujing.Web.Tests.Integration;

/// <summary>The "done when": a school's profile edited, previewed, published, conflicted, restored, audited.</summary>
public sealed class SchoolEditingTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Form(string profile, int basedOn, string county = "曲靖市", string slug = "school-1") => new()
    {
        ["Content.Name"] = "曲靖市第一中学", ["Content.Slug"] = slug, ["Content.County"] = county,
        ["Content.Aliases"] = "曲靖一中\n曲一中", ["Content.ProfileMarkdown"] = profile,
        ["basedOn"] = basedOn.ToString(System.Globalization.CultureInfo.InvariantCulture), ["intent"] = "save",
    };

    [Fact]
    public async Task ASchoolWithNoOtherNamesSaves()
    {
        var id = _site.Factory.Query(db => db.Schools.Single(s => s.Slug == "school-2").Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var page = await AdminSite.GetDocumentAsync(editor, $"/admin/schools/{id}/edit");
        var form = page.QuerySelectorAll("form.form input[name^='Content.'], form.form textarea[name^='Content.'], form.form select[name^='Content.']")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.LocalName == "textarea" ? e.TextContent : e.GetAttribute("value") ?? "");
        form["Content.Aliases"] = "";
        form["basedOn"] = "1";
        form["intent"] = "save";

        var response = await AdminSite.PostFormAsync(editor, $"/admin/schools/{id}/edit", form, $"/admin/schools/{id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task EditorChangesASchoolProfileAndEverythingAfterIsRecoverableAndAudited()
    {
        var id = _site.Factory.Query(db => db.Schools.Single(s => s.Slug == "school-1").Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var other = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var reader = _site.Anonymous();
        var original = await reader.GetStringAsync(new Uri("/schools/school-1", UriKind.Relative), Ct);
        await AdminSite.GetDocumentAsync(other, $"/admin/schools/{id}/edit");

        // Edit, preview as a reader would see it, publish: readers see it at once.
        await AdminSite.PostFormAsync(editor, $"/admin/schools/{id}/edit", Form("曲靖一中的新简介：**全员导师制**。", 1), $"/admin/schools/{id}/edit");
        var preview = await AdminSite.GetDocumentAsync(editor, $"/admin/schools/{id}/preview/2");
        Assert.Equal("全员导师制", preview.QuerySelector(".body strong")!.TextContent);
        Assert.DoesNotContain("新简介", await reader.GetStringAsync(new Uri("/schools/school-1", UriKind.Relative), Ct));
        await AdminSite.PostFormAsync(editor, $"/admin/schools/{id}/publish/2", [], $"/admin/schools/{id}/preview/2");
        Assert.Contains("新简介", await reader.GetStringAsync(new Uri("/schools/school-1", UriKind.Relative), Ct));

        // The other editor still had version 1 open: a conflict, not an overwrite.
        var conflict = await AdminSite.PostFormAsync(other, $"/admin/schools/{id}/edit", Form("另一位编辑的简介。", 1), $"/admin/schools/{id}/edit");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("新简介", await reader.GetStringAsync(new Uri("/schools/school-1", UriKind.Relative), Ct));

        // The imported version comes back from history, as a new revision.
        await AdminSite.PostFormAsync(editor, $"/admin/schools/{id}/restore/1", [], $"/admin/schools/{id}/history");
        await AdminSite.PostFormAsync(editor, $"/admin/schools/{id}/publish/3", [], $"/admin/schools/{id}/preview/3");
        var restored = await reader.GetStringAsync(new Uri("/schools/school-1", UriKind.Relative), Ct);
        Assert.DoesNotContain("新简介", restored);
        Assert.Contains("2022年5月", restored);

        var audit = await AdminSite.GetDocumentAsync(other, "/admin/audit");
        var actions = audit.QuerySelectorAll("tbody tr").Select(tr => tr.Children[2].TextContent + "|" + tr.Children[3].TextContent).ToList();
        Assert.Contains($"保存草稿|学校 #{id}", actions);
        Assert.Contains($"发布|学校 #{id}", actions);
        Assert.Contains($"恢复版本|学校 #{id}", actions);
        Assert.All(audit.QuerySelectorAll("tbody tr td:nth-child(4) a"), a => Assert.Equal($"/admin/schools/{id}/history", a.GetAttribute("href")));
        Assert.Contains(audit.QuerySelectorAll("tbody tr"), tr => tr.Children[2].TextContent == "登录" && tr.Children[1].TextContent == AdminSite.EditorName);
        Assert.Equal(original, restored);
    }

    [Fact]
    public async Task UnknownCountyIsExplainedWithTheChoices()
    {
        var id = _site.Factory.Query(db => db.Schools.Single(s => s.Slug == "school-1").Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var response = await AdminSite.PostFormAsync(editor, $"/admin/schools/{id}/edit", Form("简介", 1, county: "火星县"), $"/admin/schools/{id}/edit");
        var page = await AdminSite.ReadAsync(response);

        Assert.Contains("没有“火星县”。可选：", page.QuerySelector("[data-valmsg-for='Content.County']")!.TextContent);
        Assert.Equal("火星县", page.QuerySelector("#Content_County")!.GetAttribute("value"));
    }

    [Fact]
    public async Task RenamedSchoolKeepsItsOldAddress()
    {
        var id = _site.Factory.Query(db => db.Schools.Single(s => s.Slug == "school-1").Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        await AdminSite.PostFormAsync(editor, $"/admin/schools/{id}/edit", Form("简介", 1, slug: "qujing-no1"), $"/admin/schools/{id}/edit");
        await AdminSite.PostFormAsync(editor, $"/admin/schools/{id}/publish/2", [], $"/admin/schools/{id}/preview/2");
        var old = await _site.Anonymous().GetAsync(new Uri("/schools/school-1", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/schools/qujing-no1", old.Headers.Location?.OriginalString);
    }
}
