using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Qujing.Web.Areas.Admin.Models;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Editing.Autosave;
using Qujing.Web.Features.Editing.Desk;
using Qujing.Web.Features.Editing.Merging;
using Qujing.Web.Features.Layout;
using Qujing.Web.Text;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>
/// Editing one kind of content: draft, preview, publish, history, diff, restore, trash. A derived controller names
/// the kind (its route) and says how a preview is shown; the work is in <see cref="ContentEditor{TEntity,TContent}"/>.
/// </summary>
public abstract partial class ContentAdminController<TEntity, TContent>(ContentEditor<TEntity, TContent> editor, RevisionStore revisions, QujingDbContext db, MarkdownRenderer markdown)
    : AdminController
    where TEntity : class, IEditable
    where TContent : class, new()
{
    private const string Views = "~/Areas/Admin/Views/Content/";

    /// <summary>A form that names no revision of the item cannot be saved: nobody could tell what it would overwrite.</summary>
    private const string UnknownBase = "这份表单的版本号无效，无法确定您是在哪一版上修改的，因此没有保存。请复制您的修改，重新打开编辑页后再保存。";

    /// <summary>
    /// The content's text fields. MVC binds an empty one as null; the content records store "" instead as it is set
    /// (their input rule, <see cref="InputText.Clean"/>), so a revision never holds a null and revisions compare cleanly.
    /// </summary>
    private static readonly PropertyInfo[] Fields = [.. typeof(TContent).GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite)];

    /// <summary>The field the preview button renders.</summary>
    private static readonly PropertyInfo? MarkdownField = Fields.FirstOrDefault(f => f.Name.EndsWith("Markdown", StringComparison.Ordinal));

    private KindInfo Kind => new(editor.Kind.Plural, editor.Kind.Label, editor.Kind.CanTrash, editor.Kind.CanCreate, editor.Kind.CanReorder);

    private string Base => $"/admin/{editor.Kind.Plural}";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? q, [FromQuery] string? status, [FromQuery] int page = 1, CancellationToken ct = default)
    {
        var text = (q ?? "").Trim();
        var filter = new ContentListFilter(InputText.Truncate(text, ContentListFilter.MaxLength), ContentListFilter.ParseState(status), page);
        var items = await new ContentListing<TEntity, TContent>(editor.Kind, db, revisions).ItemsAsync(ct);
        return View(Views + "Index.cshtml", new ContentListPage(Kind, filter.Apply(items), text.Length > ContentListFilter.MaxLength));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } item)
        {
            return NotFound();
        }

        var (content, number) = await editor.LatestAsync(item, ct);
        return View(Views + "Edit.cshtml", EditPage(item, content, number));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Content")] TContent content, int basedOn, string? intent, [FromServices] AtomicSave atomic, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } item)
        {
            return NotFound();
        }

        if (!KnownBase(basedOn, await revisions.LatestNumberAsync(editor.Kind.ItemType, id, ct)))
        {
            ModelState.AddModelError("", UnknownBase);
        }

        if (intent == "preview" || !ModelState.IsValid)
        {
            return View(Views + "Edit.cshtml", EditPage(item, content, basedOn, PreviewOf(content)));
        }

        switch (await atomic.RunAsync(() => editor.SaveDraftAsync(item, content, basedOn, UserName, ct), f => new SaveOutcome.StorageFailed(f), ct))
        {
            case SaveOutcome.Saved saved:
                await HttpContext.RequestServices.GetRequiredService<AutosaveStore>().ClearAsync(UserName, editor.Kind.Plural, id, ct);
                TempData["Notice"] = "已保存。预览无误后请点“发布此版本”。";
                return Redirect($"{Base}/{id}/preview/{saved.Number}");
            case SaveOutcome.Conflict conflict:
                return await ConflictAsync(item, basedOn, conflict, content, ct);
            case SaveOutcome.Invalid invalid:
                foreach (var (field, message) in invalid.Errors)
                {
                    ModelState.AddModelError($"Content.{field}", message);
                }

                return View(Views + "Edit.cshtml", EditPage(item, content, basedOn));
            case SaveOutcome.StorageFailed failed:
                return FormAfterStorageFailure(failed.Failure, Views + "Edit.cshtml", EditPage(item, content, basedOn));
            default:
                throw new InvalidOperationException("Unknown save outcome.");
        }
    }

    /// <summary>
    /// The conflict page's answer: the editor's own version (carried in the form) merged again with the two revisions
    /// from the database, each conflict settled as chosen; saved on top of theirs, or opened in the editor first.
    /// </summary>
    [HttpPost("{id:int}/merge")]
    public async Task<IActionResult> Merge(int id, [Bind(Prefix = "Content")] TContent content, int basedOn, int theirs, string? intent, [FromServices] AtomicSave atomic, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } item || await editor.ContentAsync(item, theirs, ct) is not { } theirContent)
        {
            return NotFound();
        }

        if (!KnownBase(basedOn, theirs))
        {
            ModelState.AddModelError("", UnknownBase);
            return View(Views + "Edit.cshtml", EditPage(item, content, basedOn));
        }

        var @base = await editor.ContentAsync(item, basedOn, ct) ?? theirContent;
        var merge = new ContentMerge<TContent>(@base, theirContent, content);
        var merged = merge.Resolve(Choices(merge), @base);

        // What is saved is the merge, not what was posted: its fields are checked again ("keep both" can make one too long).
        ModelState.Clear();
        TryValidateModel(merged, "Content");
        if (intent == "edit" || !ModelState.IsValid)
        {
            TempData["Notice"] = $"已合并到第 {theirs} 版之上，尚未保存：修改后请保存。";
            return View(Views + "Edit.cshtml", EditPage(item, merged, theirs));
        }

        return await Edit(id, merged, theirs, "save", atomic, ct);
    }

    /// <summary>The editor's choice for each conflict, from radio buttons named choice.{Field}.{n}.</summary>
    private Dictionary<string, IReadOnlyList<ConflictChoice>> Choices(ContentMerge<TContent> merge) =>
        merge.Fields.ToDictionary(f => f.Key, f => (IReadOnlyList<ConflictChoice>)[.. f.Value.Conflicts.Select((_, n) =>
            Enum.TryParse<ConflictChoice>(Request.Form[$"choice.{f.Key}.{n}"], out var choice) && Enum.IsDefined(choice) ? choice : ConflictChoice.Both)]);

    /// <summary>Someone saved after this editor opened revision <paramref name="basedOn"/>: merge against it and ask.</summary>
    private async Task<IActionResult> ConflictAsync(TEntity item, int basedOn, SaveOutcome.Conflict conflict, TContent mine, CancellationToken ct)
    {
        var theirs = (TContent)conflict.TheirContent;
        var @base = await editor.ContentAsync(item, basedOn, ct) ?? theirs;
        var merge = new ContentMerge<TContent>(@base, theirs, mine);
        var fields = Fields.Select(f => new ConflictField(f.Name, f.GetCustomAttribute<DisplayAttribute>()?.Name ?? f.Name, merge.Fields[f.Name],
            !Equals(f.GetValue(theirs) ?? "", f.GetValue(@base) ?? ""), !Equals(f.GetValue(mine) ?? "", f.GetValue(@base) ?? ""))).ToList();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(Views + "Conflict.cshtml", new ContentConflictPage(Kind, item.Id, basedOn, conflict.Theirs, conflict.TheirAuthor, mine, fields));
    }

    /// <summary>A revision exactly as readers would see it: applied to the item in memory, never saved, never cached.</summary>
    [HttpGet("{id:int}/preview/{number:int}")]
    public async Task<IActionResult> Preview(int id, int number, [FromServices] PageMeta meta, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } item || await editor.ContentAsync(item, number, ct) is not { } content)
        {
            return NotFound();
        }

        var published = item.PublishedRevision == number;
        await editor.Kind.ApplyAsync(db, item, content, ct);
        meta.PreviewNotice = published ? $"预览：第 {number} 版，即读者现在看到的版本。" : $"预览：第 {number} 版草稿，读者还看不到。";
        meta.PublishUrl = published ? null : $"{Base}/{id}/publish/{number}";
        meta.BackUrl = $"{Base}/{id}/history";
        return await PreviewAsync(item, ct);
    }

    /// <param name="overNewer">The editor has seen that a newer revision exists and publishes this one all the same.</param>
    [HttpPost("{id:int}/publish/{number:int}")]
    public async Task<IActionResult> Publish(int id, int number, bool overNewer, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } item || await editor.ContentAsync(item, number, ct) is null)
        {
            return NotFound();
        }

        // A stale preview tab must not publish over a colleague's newer draft without the editor knowing.
        var latest = await revisions.LatestNumberAsync(editor.Kind.ItemType, id, ct);
        if (latest > number && !overNewer && await revisions.GetAsync(editor.Kind.ItemType, id, latest, ct) is { } newer)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(Views + "PublishOlder.cshtml", new PublishOlderPage(Kind, id, Title(item), number, newer));
        }

        await editor.PublishAsync(item, number, UserName, ct);

        TempData["Notice"] = $"第 {number} 版已发布，读者现在看到的就是这一版。";
        return Redirect(Base);
    }

    [HttpGet("{id:int}/history")]
    public async Task<IActionResult> History(int id, CancellationToken ct) =>
        await editor.FindAsync(id, ct) is { } item
            ? View(Views + "History.cshtml", new ContentHistoryPage(Kind, id, Title(item), item.PublishedRevision, await revisions.HistoryAsync(editor.Kind.ItemType, id, ct)))
            : NotFound();

    [HttpGet("{id:int}/diff")]
    public async Task<IActionResult> Diff(int id, int from, int to, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } item
            || await editor.ContentAsync(item, from, ct) is not { } before
            || await editor.ContentAsync(item, to, ct) is not { } after)
        {
            return NotFound();
        }

        return View(Views + "Diff.cshtml", new ContentDiffPage(Kind, id, from, to, Differences(before, after, ct)));
    }

    [HttpPost("{id:int}/restore/{number:int}")]
    public async Task<IActionResult> Restore(int id, int number, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } item || await editor.ContentAsync(item, number, ct) is null)
        {
            return NotFound();
        }

        var restored = await editor.RestoreAsync(item, number, UserName, ct);
        TempData["Notice"] = $"第 {number} 版已恢复为第 {restored} 版草稿，预览无误后请发布。";
        return Redirect($"{Base}/{id}/preview/{restored}");
    }

    [HttpPost("{id:int}/trash")]
    public Task<IActionResult> Trash(int id, CancellationToken ct) => SetTrashedAsync(id, true, ct);

    [HttpPost("{id:int}/untrash")]
    public Task<IActionResult> Untrash(int id, CancellationToken ct) => SetTrashedAsync(id, false, ct);

    /// <summary>The public page for the item as it stands in memory (with a revision applied for a preview).</summary>
    protected abstract Task<IActionResult> PreviewAsync(TEntity item, CancellationToken ct);

    private async Task<IActionResult> SetTrashedAsync(int id, bool trashed, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } item || !editor.Kind.CanTrash)
        {
            return NotFound();
        }

        await editor.SetTrashedAsync(item, trashed, UserName, ct);
        TempData["Notice"] = trashed ? $"“{Title(item)}”已移入回收站，可随时恢复。" : $"“{Title(item)}”已从回收站恢复。";
        return Redirect(Base);
    }

    /// <summary>True when the form's revision number is one the item has, up to <paramref name="newest"/> (0: an item older than revisions).</summary>
    private bool KnownBase(int basedOn, int newest) =>
        ModelState.GetFieldValidationState(nameof(basedOn)) != ModelValidationState.Invalid && basedOn >= 0 && basedOn <= newest;

    private string Title(TEntity item) => editor.Kind.TitleOf(editor.Kind.Snapshot(item));

    private ContentEditPage EditPage(TEntity item, TContent content, int basedOn, IHtmlContent? preview = null) =>
        new(Kind, item.Id, Title(item), content, basedOn, preview)
        {
            PublicUrl = item.ReadersSee ? editor.Kind.PublicUrl(item) : null,
            Published = item.PublishedRevision,
        };

    /// <summary>The content's Markdown field rendered, unless the kind has none or it was refused (its message says why).</summary>
    private IHtmlContent? PreviewOf(TContent content) =>
        MarkdownField is { } field && ModelState.GetFieldValidationState($"Content.{field.Name}") != ModelValidationState.Invalid
            ? markdown.Render(field.GetValue(content) as string ?? "").Html
            : null;

    private static List<FieldDiff> Differences(TContent before, TContent after, CancellationToken ct) =>
        [.. Fields.Select(f => new FieldDiff(f.GetCustomAttribute<DisplayAttribute>()?.Name ?? f.Name,
            CharacterDiff.Html(f.GetValue(before) as string ?? "", f.GetValue(after) as string ?? "", ct)))];
}
