using Qujing.Web.Features.Editing.Reimport;

namespace Qujing.Web.Areas.Admin.Models;

/// <summary>The re-import form, with the reason a text was refused and the pasted text, kept.</summary>
public sealed record ImportStagePage(string? Error, string? Text);

/// <summary>The review of a staged text: the plan, and why a confirmation was not applied.</summary>
public sealed record ReimportReviewPage(ReimportPlan Plan, string? Error)
{
    public IEnumerable<PlannedChange> Shown => Plan.Changes.Where(c => c.Kind != ChangeKind.Unchanged);

    public static string ClassOf(ChangeKind kind) => kind.ToString().ToLowerInvariant();

    public static string Describe(PlannedChange c) => c.Kind switch
    {
        ChangeKind.Update => "上次导入后没有人改动过；新文本有变化。",
        ChangeKind.Add => "新文本中新增。",
        ChangeKind.Remove when c.EditedSinceImport => "新文本中已没有这一项，但编辑在上次导入后改动过它。",
        ChangeKind.Remove => "新文本中已没有这一项。",
        ChangeKind.Conflict when c.InTrash => "编辑已把它移入回收站，新文本仍有改动。",
        ChangeKind.Conflict when c.Choices.Contains(ReimportChoice.Merge) => "编辑在上次导入后改动过它，新文本也有改动；两边改的是不同段落或字段，可以合并。",
        ChangeKind.Conflict => "编辑在上次导入后改动过它，新文本改动了同一处：请选择保留哪一边。",
        _ => "",
    } + (c.IsPublished || c.Kind == ChangeKind.Add ? "" : "（尚未发布）");

    public static string Label(PlannedChange c, ReimportChoice choice) => (c.Kind, choice) switch
    {
        (_, ReimportChoice.Merge) => "合并两边的改动（推荐）",
        (ChangeKind.Conflict, ReimportChoice.Keep) => "保留编辑的版本，不采用新文本",
        (ChangeKind.Conflict, ReimportChoice.Take) => "采用新文本，覆盖编辑的改动（编辑的版本留在历史版本中）",
        (_, ReimportChoice.Keep) => "保留",
        (_, ReimportChoice.Trash) => "移入回收站（可随时恢复）",
        _ => "采用新文本",
    };
}
