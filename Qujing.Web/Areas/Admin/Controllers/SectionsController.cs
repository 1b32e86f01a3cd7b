using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Editing;
using Qujing.Web.Services;

namespace Qujing.Web.Areas.Admin.Controllers;

[Route("admin/sections")]
public class SectionsController(ContentEditor<Section, SectionContent> editor, RevisionStore revisions, QujingDbContext db, MarkdownRenderer markdown, FeatureQueries queries)
    : ContentAdminController<Section, SectionContent>(editor, revisions, db, markdown)
{
    protected override async Task<IActionResult> PreviewAsync(Section item, CancellationToken ct) =>
        View("~/Views/Sections/Show.cshtml", await queries.SectionPageAsync(item, ct));
}
