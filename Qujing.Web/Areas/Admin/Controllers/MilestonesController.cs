using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Timeline;
using Qujing.Web.Text;

namespace Qujing.Web.Areas.Admin.Controllers;

[Route("admin/milestones")]
public class MilestonesController(ContentEditor<Milestone, MilestoneContent> editor, RevisionStore revisions, QujingDbContext db, MarkdownRenderer markdown, FeatureQueries queries)
    : ContentAdminController<Milestone, MilestoneContent>(editor, revisions, db, markdown)
{
    protected override async Task<IActionResult> PreviewAsync(Milestone item, CancellationToken ct)
    {
        var timeline = (await queries.TimelineAsync(ct)).Where(m => m.Id != item.Id).Append(item)
            .OrderBy(m => m.Date).ThenBy(m => m.Precision).ThenBy(m => m.Id).ToList();
        return View("~/Views/Timeline/Index.cshtml", timeline);
    }
}
