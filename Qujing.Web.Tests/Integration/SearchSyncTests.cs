namespace Qujing.Web.Tests.Integration;

/// <summary>The index follows publishing: drafts are never found, published words are, trashed ones go.</summary>
public sealed class SearchSyncTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private async Task<int> ResultsForAsync(string query)
    {
        var page = await AdminSite.ReadAsync(await _site.Anonymous().GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative), TestContext.Current.CancellationToken));
        return page.QuerySelectorAll(".results li").Length;
    }

    [Fact]
    public async Task SearchFindsPublishedTextNeverDraftsAndForgetsTrashedSections()
    {
        var id = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-3").Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var form = new Dictionary<string, string>
        {
            ["Content.Heading"] = "破解改革难题", ["Content.Slug"] = "section-3", ["Content.BodyMarkdown"] = "滇东明珠的独特词语。", ["basedOn"] = "1", ["intent"] = "save",
        };

        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", form, $"/admin/sections/{id}/edit");
        Assert.Equal(0, await ResultsForAsync("滇东明珠"));

        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/publish/2", [], $"/admin/sections/{id}/preview/2");
        Assert.Equal(1, await ResultsForAsync("滇东明珠"));

        await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/trash", [], "/admin/sections");
        Assert.Equal(0, await ResultsForAsync("滇东明珠"));
    }
}
