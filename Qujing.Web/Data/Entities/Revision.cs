namespace Qujing.Web.Data.Entities;

/// <summary>
/// One saved version of one item (a section, a school …): who saved it, when, and the item's whole content as
/// JSON. Revisions are never changed or deleted; restoring an old one saves it again as a new revision.
/// </summary>
public class Revision
{
    public int Id { get; set; }
    /// <summary>What kind of item: "section", "school" ….</summary>
    public string ItemType { get; set; } = "";
    public int ItemId { get; set; }
    /// <summary>1, 2, 3 … for each item; an editor's form carries the number it started from, to detect conflicts.</summary>
    public int Number { get; set; }
    public string ContentJson { get; set; } = "";
    public string Author { get; set; } = "";
    public DateTimeOffset At { get; set; }
    /// <summary>Why it was saved ("编辑", "导入", "恢复自第 2 版").</summary>
    public string Note { get; set; } = "";
}
