namespace Qujing.Web.Tests.Integration;

/// <summary>The school form offers the groups by the names readers see: the city's own schools are not a county.</summary>
public sealed class SchoolGroupAdminTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task SchoolFormOffersEveryGroupByItsHonestName()
    {
        var id = _site.Factory.Query(db => db.Schools.Single(s => s.Name == "曲靖市第一中学").Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var page = await AdminSite.GetDocumentAsync(editor, $"/admin/schools/{id}/edit");

        var input = page.QuerySelector("#Content_County")!;
        var options = page.QuerySelectorAll($"datalist#{input.GetAttribute("list")} option")
            .ToDictionary(o => o.GetAttribute("value")!, o => o.GetAttribute("label"));
        Assert.Equal("市直学校", options["曲靖市"]);
        Assert.Equal("沾益区", options["沾益区"]);
        Assert.Equal(6, options.Count);
    }

    [Fact]
    public async Task UnknownGroupIsExplainedWithEveryChoiceByItsHonestName()
    {
        var id = _site.Factory.Query(db => db.Schools.Single(s => s.Name == "曲靖市第一中学").Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);

        var response = await AdminSite.PostFormAsync(editor, $"/admin/schools/{id}/edit", new()
        {
            ["Content.Name"] = "曲靖市第一中学", ["Content.Slug"] = "school-1", ["Content.County"] = "曲靖",
            ["Content.Aliases"] = "", ["Content.ProfileMarkdown"] = "简介。", ["basedOn"] = "1", ["intent"] = "save",
        }, $"/admin/schools/{id}/edit");

        var page = await AdminSite.ReadAsync(response);
        var message = page.QuerySelector("[data-valmsg-for='Content.County']")!.TextContent;
        Assert.Contains("曲靖市（市直学校）", message);
        Assert.Equal("曲靖", page.QuerySelector("#Content_County")!.GetAttribute("value"));
    }
}
