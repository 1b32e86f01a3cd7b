using System.Net;
using AngleSharp;

namespace Qujing.Web.Tests.Integration;

/// <summary>The original outlet and date, once an editor knows them, replace "not stated".</summary>
public sealed class OriginalSourceEditingTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EditorNamesTheOriginalOutletAndReadersSeeIt()
    {
        var id = _site.Factory.Query(db => db.Features.Single().Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var form = await AdminSite.GetDocumentAsync(editor, $"/admin/feature/{id}/edit");
        Assert.NotNull(form.QuerySelector("input[name='Content.OriginalSource']"));

        var saved = await AdminSite.PostFormAsync(editor, $"/admin/feature/{id}/edit", new()
        {
            ["Content.Title"] = "答好改革之卷 育好时代新人", ["Content.Byline"] = "博达", ["Content.LeadMarkdown"] = "",
            ["Content.OriginalSource"] = "《曲靖日报》2023年4月1日", ["basedOn"] = "1", ["intent"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await AdminSite.PostFormAsync(editor, $"/admin/feature/{id}/publish/2", [], $"/admin/feature/{id}/preview/2");

        var html = await _site.Anonymous().GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        var home = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html), Ct);
        var source = home.QuerySelector(".hero .source")!.TextContent;
        Assert.Contains("原刊：《曲靖日报》2023年4月1日", source);
        Assert.DoesNotContain("未载明", source);
    }
}
