using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Schools;
using Qujing.Web.Text;

namespace Qujing.Web.Areas.Admin.Controllers;

[Route("admin/schools")]
public class SchoolsController(ContentEditor<School, SchoolContent> editor, RevisionStore revisions, QujingDbContext db, MarkdownRenderer markdown)
    : ContentAdminController<School, SchoolContent>(editor, revisions, db, markdown)
{
    private readonly QujingDbContext _db = db;
    private readonly MarkdownRenderer _markdown = markdown;

    protected override async Task<IActionResult> PreviewAsync(School item, CancellationToken ct)
    {
        await _db.Entry(item).Collection(s => s.Sections).LoadAsync(ct);
        await _db.Entry(item).Collection(s => s.Quotes).LoadAsync(ct);
        return View("~/Views/Schools/Show.cshtml", new SchoolPage(item, (await _markdown.RenderAsync(item.ProfileMarkdown, ct)).Html, await Features.Media.MediaImage.FindAsync(_db, item.LeadImageId, ct)));
    }
}
