namespace Qujing.Web.Features.Editing.Autosave;

/// <summary>
/// What one editor last typed into one item's form, saved while typing and never a revision: one row per editor and
/// item (<see cref="ItemId"/> 0 for an item of the kind not yet created), replaced as they type, removed when the form
/// is saved. It lets another browser, or the same one after the tab was closed, offer the text back.
/// </summary>
public class AutosaveSlot
{
    public int Id { get; set; }

    public string UserName { get; set; } = "";

    /// <summary>The kind's admin route segment ("sections").</summary>
    public string Kind { get; set; } = "";

    public int ItemId { get; set; }

    /// <summary>The revision the form was opened on: restored with the text, so a save after a colleague's goes through the merge.</summary>
    public int BasedOn { get; set; }

    /// <summary>The form's fields as JSON pairs [["Content.Heading", "…"], …].</summary>
    public string FieldsJson { get; set; } = "[]";

    public DateTimeOffset SavedAt { get; set; }
}
