using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Editing;
using Qujing.Web.Infrastructure.Storage;
using Qujing.Web.Services;

namespace Qujing.Web.Areas.Admin.Controllers;

[Route("admin/sections")]
public class SectionsController(
    ContentEditor<Section, SectionContent> editor, RevisionStore revisions, QujingDbContext db, MarkdownRenderer markdown, FeatureQueries queries, SectionOrganizer organizer)
    : ContentAdminController<Section, SectionContent>(editor, revisions, db, markdown)
{
    protected override async Task<IActionResult> PreviewAsync(Section item, CancellationToken ct) =>
        View("~/Views/Sections/Show.cshtml", await queries.SectionPageAsync(item, ct));

    [HttpGet("new")]
    public IActionResult New() => View("~/Areas/Admin/Views/Content/NewSection.cshtml", new SectionContent());

    [HttpPost("new")]
    public async Task<IActionResult> New([Bind(Prefix = "Content")] SectionContent content, [FromServices] AtomicSave atomic, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var (added, failed) = await atomic.RunAsync(
                async () => (await organizer.AddAsync(content with { BodyMarkdown = content.BodyMarkdown ?? "" }, UserName, ct), (StorageFailure?)null),
                failure => (null, failure), ct);
            if (failed is not null)
            {
                return FormAfterStorageFailure(failed, "~/Areas/Admin/Views/Content/NewSection.cshtml", content);
            }

            if (added is { } id)
            {
                TempData["Notice"] = "已新建栏目（第 1 版草稿）。读者在发布后才能看到。";
                return Redirect($"/admin/sections/{id}/preview/1");
            }

            ModelState.AddModelError("Content.Slug", $"网址名“{content.Slug}”已被其他栏目使用。");
        }

        return View("~/Areas/Admin/Views/Content/NewSection.cshtml", content);
    }

    [HttpPost("{id:int}/move")]
    public async Task<IActionResult> Move(int id, int direction, CancellationToken ct)
    {
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
