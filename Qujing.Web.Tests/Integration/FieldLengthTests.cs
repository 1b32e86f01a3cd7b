using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Reflection;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Home;
using Qujing.Web.Features.Quotes;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Features.Timeline;

namespace Qujing.Web.Tests.Integration;

/// <summary>Every field's length limit is enforced on the server, as a message next to the field, before anything is stored.</summary>
public sealed class FieldLengthTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sections", typeof(SectionContent))]
    [InlineData("feature", typeof(FeatureContent))]
    [InlineData("schools", typeof(SchoolContent))]
    [InlineData("milestones", typeof(MilestoneContent))]
    [InlineData("figures", typeof(FigureContent))]
    [InlineData("quotes", typeof(QuoteContent))]
    public async Task TooLongFieldIsExplainedNextToItAndNothingIsSaved(string kind, Type content)
    {
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var list = await AdminSite.GetDocumentAsync(editor, $"/admin/{kind}");
        var edit = list.QuerySelector("a[href$='/edit']")!.GetAttribute("href")!;
        var limited = content.GetProperties().Where(p => p.GetCustomAttribute<StringLengthAttribute>() is not null).ToList();
        var revisions = _site.Factory.Query(db => db.Revisions.Count());

        Assert.NotEmpty(limited);
        foreach (var field in limited)
        {
            var form = (await AdminSite.GetDocumentAsync(editor, edit)).QuerySelectorAll("form [name^='Content.'], form [name=basedOn]")
                .ToDictionary(e => e.GetAttribute("name")!, e => e is AngleSharp.Html.Dom.IHtmlTextAreaElement t ? t.Value : e.GetAttribute("value") ?? (e as AngleSharp.Html.Dom.IHtmlSelectElement)?.Value ?? "");
            // Digits pass every format rule (address, number, date), so only the length is wrong.
            var filler = field.GetCustomAttribute<RegularExpressionAttribute>() is null ? '长' : '1';
            form[$"Content.{field.Name}"] = new string(filler, field.GetCustomAttribute<StringLengthAttribute>()!.MaximumLength + 1);
            form["intent"] = "save";

            var response = await AdminSite.PostFormAsync(editor, edit, form);
            var page = await AdminSite.ReadAsync(response);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{kind}.{field.Name}: {response.StatusCode}");
            Assert.Contains("不能超过", page.QuerySelector($"[data-valmsg-for='Content.{field.Name}']")?.TextContent ?? $"no message for {field.Name}");
        }

        Assert.Equal(revisions, _site.Factory.Query(db => db.Revisions.Count()));
    }

    /// <summary>A megabyte of ASCII: within the framework's default form limits, so it reaches validation.</summary>
    [Fact]
    public async Task MegabyteBodyGetsAFieldMessageAndIsNotStored()
    {
        var id = _site.Factory.Query(db => db.Sections.Single(s => s.Slug == "section-1").Id);
        var editor = await _site.SignedInAsync(AdminSite.EditorName, AdminSite.EditorPassword);
        var form = new Dictionary<string, string>
        {
            ["Content.Heading"] = "亮点展示", ["Content.Slug"] = "section-1", ["Content.BodyMarkdown"] = new string('x', 1_000_000), ["basedOn"] = "1", ["intent"] = "save",
        };

        var response = await AdminSite.PostFormAsync(editor, $"/admin/sections/{id}/edit", form, $"/admin/sections/{id}/edit");
        var page = await AdminSite.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能超过", page.QuerySelector("[data-valmsg-for='Content.BodyMarkdown']")!.TextContent);
        Assert.Equal(1, _site.Factory.Query(db => db.Revisions.Count(r => r.ItemType == "section" && r.ItemId == id)));
    }
}
