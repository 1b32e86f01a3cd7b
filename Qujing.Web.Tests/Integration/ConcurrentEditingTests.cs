using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Sections;

namespace Qujing.Web.Tests.Integration;

/// <summary>Ten editors saving the same section at once: every save is either stored on the revision its editor saw, or refused as a conflict.</summary>
public sealed class ConcurrentEditingTests : IDisposable
{
    private const int Editors = 10;
    private const int SavesEach = 12;

    // One account saves 120 times in seconds here: the per-account limit on admin posts is not what this test is about.
    private readonly AdminSite _site = new(("RateLimits:AdminPost:PermitLimit", "100000"));

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EverySaveIsStoredOnTheRevisionItsEditorSawOrRefusedAsAConflict()
    {
        var id = _site.Factory.Query(db => db.Sections.Single(s => s.Position == 2).Id);
        var clients = new List<HttpClient>();
        for (var i = 0; i < Editors; i++)
        {
            clients.Add(await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword));
        }

        var outcomes = await Task.WhenAll(clients.Select((client, editor) => Task.Run(() => EditAsync(client, editor, id), Ct)));
        var all = outcomes.SelectMany(o => o).ToList();
        var accepted = all.Where(o => o.Status == HttpStatusCode.Redirect).ToList();
        var conflicts = all.Count(o => o.Status == HttpStatusCode.Conflict);

        Assert.Equal(Editors * SavesEach, accepted.Count + conflicts);
        Assert.NotEmpty(accepted);
        var revisions = _site.Factory.Query(db => db.Revisions.AsNoTracking().Where(r => r.ItemType == SectionContent.ItemType && r.ItemId == id).ToList());
        foreach (var save in accepted)
        {
            var holding = revisions.Where(r => RevisionStore.Read<SectionContent>(r).BodyMarkdown == save.Body).ToList();
            Assert.True(holding.Count == 1, $"a save based on revision {save.BasedOn} is in {holding.Count} revisions");
            Assert.Equal(save.BasedOn + 1, holding[0].Number);
        }

        Assert.Equal(accepted.Count + 1, revisions.Count);
    }

    private static async Task<List<(HttpStatusCode Status, int BasedOn, string Body)>> EditAsync(HttpClient client, int editor, int id)
    {
        var results = new List<(HttpStatusCode, int, string)>();
        for (var save = 0; save < SavesEach; save++)
        {
            var page = await AdminSite.GetDocumentAsync(client, $"/admin/sections/{id}/edit");
            var basedOn = int.Parse(page.QuerySelector("input[name=basedOn]")!.GetAttribute("value")!, CultureInfo.InvariantCulture);
            var body = page.QuerySelector("textarea[name='Content.BodyMarkdown']")!.TextContent.Trim() + $"\n\n编辑{editor}的第{save}次修改。";
            var fields = new Dictionary<string, string>
            {
                ["Content.Heading"] = page.QuerySelector("input[name='Content.Heading']")!.GetAttribute("value")!,
                ["Content.Slug"] = page.QuerySelector("input[name='Content.Slug']")!.GetAttribute("value")!,
                ["Content.BodyMarkdown"] = body,
                ["basedOn"] = basedOn.ToString(CultureInfo.InvariantCulture),
                ["intent"] = "save",
                ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            };
            var response = await client.PostAsync(new Uri($"/admin/sections/{id}/edit", UriKind.Relative), new FormUrlEncodedContent(fields), Ct);
            results.Add((response.StatusCode, basedOn, body.Replace("\r\n", "\n", StringComparison.Ordinal)));
        }

        return results;
    }
}
