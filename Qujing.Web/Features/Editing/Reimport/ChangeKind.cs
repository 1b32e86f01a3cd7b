namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>What a new text means for one item.</summary>
public enum ChangeKind
{
    /// <summary>The text says what it said last time, or what the site already shows: nothing to do.</summary>
    Unchanged = 0,

    /// <summary>Nobody has changed the item since the last import: the new text becomes a draft (or is published).</summary>
    Update = 1,

    /// <summary>New in the text: a new item, unpublished unless "publish now".</summary>
    Add = 2,

    /// <summary>Imported last time, no longer in the text: the Admin decides whether it goes to the trash.</summary>
    Remove = 3,

    /// <summary>Editors changed the item since the last import and the text changes it too: the Admin decides.</summary>
    Conflict = 4,
}
