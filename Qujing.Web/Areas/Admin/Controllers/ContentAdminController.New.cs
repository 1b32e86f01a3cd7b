using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Areas.Admin.Models;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Editing.Autosave;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>New items of the kind: the edit form's fields, checked as an edit is, saved as revision 1 (a draft).</summary>
public abstract partial class ContentAdminController<TEntity, TContent>
{
    [HttpGet("new")]
    public IActionResult New() => editor.Kind.CanCreate ? View(Views + "New.cshtml", new ContentNewPage(Kind, new TContent())) : NotFound();

    /// <summary>A new item, checked exactly as an edit is; it becomes revision 1, a draft readers do not see until it is published.</summary>
    [HttpPost("new")]
    public async Task<IActionResult> New([Bind(Prefix = "Content")] TContent content, string? intent, [FromServices] ContentCreator<TEntity, TContent> creator, [FromServices] AtomicSave atomic, CancellationToken ct)
    {
        if (!editor.Kind.CanCreate)
        {
            return NotFound();
        }

        if (intent == "preview" || !ModelState.IsValid)
        {
            return View(Views + "New.cshtml", new ContentNewPage(Kind, content, PreviewOf(content)));
        }

        switch (await atomic.RunAsync(() => creator.CreateAsync(content, UserName, ct), f => new CreateOutcome.StorageFailed(f), ct))
        {
            case CreateOutcome.Created created:
                await HttpContext.RequestServices.GetRequiredService<AutosaveStore>().ClearAsync(UserName, editor.Kind.Plural, 0, ct);
                TempData["Notice"] = $"已新建{editor.Kind.Label}。预览无误后请点“发布此版本”。";
                return Redirect($"{Base}/{created.Id}/preview/1");
            case CreateOutcome.Invalid invalid:
                foreach (var (field, message) in invalid.Errors)
                {
                    ModelState.AddModelError($"Content.{field}", message);
                }

                return View(Views + "New.cshtml", new ContentNewPage(Kind, content));
            case CreateOutcome.StorageFailed failed:
                return FormAfterStorageFailure(failed.Failure, Views + "New.cshtml", new ContentNewPage(Kind, content));
            default:
                throw new InvalidOperationException("Unknown create outcome.");
        }
    }
}
