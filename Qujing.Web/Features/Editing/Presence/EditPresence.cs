namespace Qujing.Web.Features.Editing.Presence;

/// <summary>
/// One editor's edit page for one item was open and visible at <see cref="SeenAt"/>: a row per editor and item,
/// refreshed by the page's heartbeat and forgotten after <see cref="PresenceOptions.WindowSeconds"/>. Nothing is locked:
/// the row only lets the others' pages say who else is there.
/// </summary>
public class EditPresence
{
    public int Id { get; set; }

    /// <summary>The Identity user's id; the name shown is read from the account, so it is always the current one.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The revision item type ("section").</summary>
    public string ItemType { get; set; } = "";

    public int ItemId { get; set; }

    public DateTimeOffset SeenAt { get; set; }
}
