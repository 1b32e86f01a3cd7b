using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Sections;
using Qujing.Web.Text;

namespace Qujing.Web.Areas.Admin.Controllers;

[Route("admin/sections")]
public class SectionsController(
    ContentEditor<Section, SectionContent> editor, RevisionStore revisions, QujingDbContext db, MarkdownRenderer markdown, FeatureQueries queries, SectionOrganizer organizer)
    : ContentAdminController<Section, SectionContent>(editor, revisions, db, markdown)
{
    protected override async Task<IActionResult> PreviewAsync(Section item, CancellationToken ct) =>
        View("~/Views/Sections/Show.cshtml", await queries.SectionPageAsync(item, ct));

    [HttpPost("{id:int}/move")]
    public async Task<IActionResult> Move(int id, int direction, CancellationToken ct)
    {
        // Only the list's two buttons: anything else (0, 2, "abc") would move nothing, or too far, and still say it moved.
        if (direction is not (-1 or 1))
        {
            TempData["Notice"] = "无法移动：请求中的方向无效。请使用列表中的“上移”或“下移”按钮。";
            return Redirect("/admin/sections");
        }

        var outcome = await organizer.MoveAsync(id, direction, UserName, ct);
        if (outcome == MoveOutcome.NotFound)
        {
            return NotFound();
        }

        TempData["Notice"] = outcome switch
        {
            MoveOutcome.AlreadyFirst => "这个栏目已经在最前面，无法再上移。",
            MoveOutcome.AlreadyLast => "这个栏目已经在最后，无法再下移。",
            _ => "栏目顺序已调整，读者现在看到的就是新顺序。",
        };
        return Redirect("/admin/sections");
    }
}
