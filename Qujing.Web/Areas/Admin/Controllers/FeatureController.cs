using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Home;
using Qujing.Web.Text;

namespace Qujing.Web.Areas.Admin.Controllers;

[Route("admin/feature")]
public class FeatureController(ContentEditor<Feature, FeatureContent> editor, RevisionStore revisions, QujingDbContext db, MarkdownRenderer markdown, FeatureQueries queries)
    : ContentAdminController<Feature, FeatureContent>(editor, revisions, db, markdown)
{
    private readonly MarkdownRenderer _markdown = markdown;

    protected override async Task<IActionResult> PreviewAsync(Feature item, CancellationToken ct) =>
        await queries.HomeAsync(ct) is { } home
            ? View("~/Views/Home/Index.cshtml", home with { Feature = item, Lead = (await _markdown.RenderAsync(item.LeadMarkdown, ct)).Html })
            : NotFound();
}
