using System.Net;
using System.Text.Json;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Timeline;

namespace Qujing.Web.Tests.Integration;

/// <summary>An optional field left empty saves as empty text (a revision holds "", never null), whether the item is edited or new.</summary>
public sealed class EmptyOptionalFieldTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task AnEditWithAnEmptyOptionalFieldSavesEmptyText()
    {
        var id = _site.Factory.Query(db => db.KeyFigures.OrderBy(f => f.Position).First().Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var form = new Dictionary<string, string>
        {
            ["Content.Value"] = "12", ["Content.Unit"] = "所", ["Content.Label"] = "学校", ["Content.SourceSentence"] = "", ["basedOn"] = "1", ["intent"] = "save",
        };

        var response = await AdminSite.PostFormAsync(editor, $"/admin/figures/{id}/edit", form, $"/admin/figures/{id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = _site.Factory.Query(db => db.Revisions.Single(r => r.ItemType == FigureContent.ItemType && r.ItemId == id && r.Number == 2).ContentJson);
        Assert.Equal(JsonValueKind.String, StoredField(saved, nameof(FigureContent.SourceSentence)).ValueKind);
        Assert.Equal("", StoredField(saved, nameof(FigureContent.SourceSentence)).GetString());
    }

    [Fact]
    public async Task ANewItemWithAnEmptyOptionalFieldSavesEmptyText()
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var form = new Dictionary<string, string>
        {
            ["Content.Date"] = "2031-05-06", ["Content.DateText"] = "2031年5月", ["Content.Level"] = "City", ["Content.Summary"] = "空出处的大事。",
            ["Content.SourceSentence"] = "", ["intent"] = "save",
        };

        var response = await AdminSite.PostFormAsync(editor, "/admin/milestones/new", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = _site.Factory.Query(db => db.Revisions.Where(r => r.ItemType == MilestoneContent.ItemType).OrderBy(r => r.Id).Last().ContentJson);
        Assert.Equal("空出处的大事。", StoredField(saved, nameof(MilestoneContent.Summary)).GetString());
        Assert.Equal(JsonValueKind.String, StoredField(saved, nameof(MilestoneContent.SourceSentence)).ValueKind);
        Assert.Equal("", StoredField(saved, nameof(MilestoneContent.SourceSentence)).GetString());
    }

    private static JsonElement StoredField(string json, string name) => JsonDocument.Parse(json).RootElement.GetProperty(name).Clone();
}
