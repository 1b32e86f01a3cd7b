using System.Net;

namespace Qujing.Web.Tests.Integration;

/// <summary>Typing spends its own budget: a burst of previews is limited, and never costs the editor the save button.</summary>
public sealed class DraftingLimitTests : IDisposable
{
    private readonly AdminSite _site = new(("RateLimits:Drafting:PermitLimit", "2"), ("RateLimits:AdminPost:PermitLimit", "3"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task PreviewsOverTheirLimitGet429WhileSavesStillGoThrough()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await AdminSite.PostFormAsync(editor, "/admin/drafting/preview", new() { ["text"] = $"第{i}次" }, "/admin/sections/new")).StatusCode);
        }

        var save = await AdminSite.PostFormAsync(editor, "/admin/sections/new", new()
        {
            ["Content.Heading"] = "新栏目", ["Content.Slug"] = "section-new", ["Content.BodyMarkdown"] = "正文。", ["intent"] = "save",
        });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
    }
}
