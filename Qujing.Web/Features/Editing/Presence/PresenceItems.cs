using Qujing.Web.Features.Editing.Desk;

namespace Qujing.Web.Features.Editing.Presence;

/// <summary>
/// Which items a heartbeat may name: an item of a content kind (by its admin route segment, "sections") that has at least
/// one revision, as every item made by the importer or the "新建" form has.
/// </summary>
public sealed class PresenceItems(IEnumerable<IContentListing> kinds, RevisionStore revisions)
{
    /// <summary>The revision item type of a kind's admin route segment ("sections" → "section"), or null for none.</summary>
    public string? ItemTypeOf(string plural) => kinds.FirstOrDefault(k => k.Plural == plural)?.ItemType;

    /// <summary>The item's revision item type ("section"), or null when there is no such item.</summary>
    public async Task<string?> ItemTypeAsync(string plural, int id, CancellationToken ct) =>
        id > 0 && ItemTypeOf(plural) is { } itemType && await revisions.LatestNumberAsync(itemType, id, ct) > 0
            ? itemType
            : null;
}
