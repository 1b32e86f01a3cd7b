using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Areas.Admin.Models;
using Qujing.Web.Data;
using Qujing.Web.Editing;
using Qujing.Web.Models;
using Qujing.Web.Services;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>Editing sections: draft, preview, publish, history, diff, restore, trash. The work is in <see cref="SectionEditor"/>.</summary>
public class SectionsController(QujingDbContext db, SectionEditor editor, RevisionStore revisions, MarkdownRenderer markdown, FeatureQueries queries, PageMeta meta) : AdminController
{
    [HttpGet("/admin/sections")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var sections = await db.Sections.IgnoreQueryFilters().AsNoTracking().OrderBy(s => s.Position).ToListAsync(ct);
        var rows = new List<SectionRow>();
        foreach (var section in sections)
        {
            rows.Add(new SectionRow(section, await revisions.LatestNumberAsync(SectionContent.ItemType, section.Id, ct)));
        }

        return View(rows);
    }

    [HttpGet("/admin/sections/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } section)
        {
            return NotFound();
        }

        var (content, number) = await editor.LatestAsync(section, ct);
        return View(new SectionEditPage(section, content, number));
    }

    [HttpPost("/admin/sections/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Content")] SectionContent content, int basedOn, string intent, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } section)
        {
            return NotFound();
        }

        content = content with { BodyMarkdown = content.BodyMarkdown ?? "" };
        if (intent == "preview" || !ModelState.IsValid)
        {
            return View(new SectionEditPage(section, content, basedOn, markdown.Render(content.BodyMarkdown).Html));
        }

        switch (await editor.SaveDraftAsync(section, content, basedOn, UserName, ct))
        {
            case SaveOutcome.Saved saved:
                TempData["Notice"] = $"已保存为第 {saved.Number} 版草稿。读者仍看到已发布的版本，预览无误后请发布。";
                return Redirect($"/admin/sections/{id}/preview/{saved.Number}");
            case SaveOutcome.Conflict conflict:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View("Conflict", new SectionConflictPage(section, content, conflict.TheirContent, conflict.Theirs, conflict.TheirAuthor,
                    CharacterDiff.Html(conflict.TheirContent.BodyMarkdown, content.BodyMarkdown)));
            case SaveOutcome.Invalid invalid:
                foreach (var (field, message) in invalid.Errors)
                {
                    ModelState.AddModelError($"Content.{field}", message);
                }

                return View(new SectionEditPage(section, content, basedOn));
            default:
                throw new InvalidOperationException("Unknown save outcome.");
        }
    }

    /// <summary>A revision exactly as readers would see it, with a banner; never cached (admin pages are no-store).</summary>
    [HttpGet("/admin/sections/{id:int}/preview/{number:int}")]
    public async Task<IActionResult> Preview(int id, int number, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } section || await revisions.GetAsync(SectionContent.ItemType, id, number, ct) is not { } revision)
        {
            return NotFound();
        }

        var content = RevisionStore.Read<SectionContent>(revision);
        var draft = new Data.Entities.Section { Id = id, Position = section.Position, Heading = content.Heading, Slug = content.Slug, BodyMarkdown = content.BodyMarkdown };
        meta.PreviewNotice = number == section.PublishedRevision ? $"预览：第 {number} 版（当前已发布）" : $"预览：第 {number} 版草稿，读者看不到";
        meta.PublishUrl = number == section.PublishedRevision ? null : $"/admin/sections/{id}/publish/{number}";
        meta.BackUrl = $"/admin/sections/{id}/history";
        return View("~/Views/Sections/Show.cshtml", await queries.SectionPageAsync(draft, ct));
    }

    [HttpPost("/admin/sections/{id:int}/publish/{number:int}")]
    public async Task<IActionResult> Publish(int id, int number, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } section || await revisions.GetAsync(SectionContent.ItemType, id, number, ct) is null)
        {
            return NotFound();
        }

        await editor.PublishAsync(section, number, UserName, ct);
        TempData["Notice"] = $"第 {number} 版已发布，读者现在看到的就是这一版。";
        return Redirect("/admin/sections");
    }

    [HttpGet("/admin/sections/{id:int}/history")]
    public async Task<IActionResult> History(int id, CancellationToken ct) =>
        await editor.FindAsync(id, ct) is { } section
            ? View(new SectionHistoryPage(section, await revisions.HistoryAsync(SectionContent.ItemType, id, ct)))
            : NotFound();

    [HttpGet("/admin/sections/{id:int}/diff")]
    public async Task<IActionResult> Diff(int id, int from, int to, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } section
            || await revisions.GetAsync(SectionContent.ItemType, id, from, ct) is not { } a
            || await revisions.GetAsync(SectionContent.ItemType, id, to, ct) is not { } b)
        {
            return NotFound();
        }

        var (before, after) = (RevisionStore.Read<SectionContent>(a), RevisionStore.Read<SectionContent>(b));
        return View(new SectionDiffPage(section, from, to, CharacterDiff.Html(before.Heading, after.Heading),
            CharacterDiff.Html(before.Slug, after.Slug), CharacterDiff.Html(before.BodyMarkdown, after.BodyMarkdown)));
    }

    [HttpPost("/admin/sections/{id:int}/restore/{number:int}")]
    public async Task<IActionResult> Restore(int id, int number, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } section || await revisions.GetAsync(SectionContent.ItemType, id, number, ct) is null)
        {
            return NotFound();
        }

        var restored = await editor.RestoreAsync(section, number, UserName, ct);
        TempData["Notice"] = $"第 {number} 版已恢复为第 {restored} 版草稿，预览无误后请发布。";
        return Redirect($"/admin/sections/{id}/preview/{restored}");
    }

    [HttpPost("/admin/sections/{id:int}/trash")]
    public async Task<IActionResult> Trash(int id, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } section)
        {
            return NotFound();
        }

        await editor.TrashAsync(section, UserName, ct);
        TempData["Notice"] = $"“{section.Heading}”已移入回收站，可随时恢复。";
        return Redirect("/admin/sections");
    }

    [HttpPost("/admin/sections/{id:int}/untrash")]
    public async Task<IActionResult> Untrash(int id, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } section)
        {
            return NotFound();
        }

        await editor.UntrashAsync(section, UserName, ct);
        TempData["Notice"] = $"“{section.Heading}”已从回收站恢复。";
        return Redirect("/admin/sections");
    }
}
