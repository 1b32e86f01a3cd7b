namespace Qujing.Web.Features.Editing.Desk;

/// <summary>
/// One item as the editors' lists show it: its kind, title, address, which revision readers see and which is newest,
/// and where readers find it (null while unpublished, trashed or without a place of its own).
/// </summary>
public sealed record DeskItem(string ItemType, string Plural, string Label, int Id, string Title, string Slug, int Published, int Latest, bool Trashed, string? PublicUrl)
{
    public string EditUrl => $"/admin/{Plural}/{Id}/edit";

    /// <summary>The newest revision as readers would see it, with the publish button.</summary>
    public string PreviewUrl => $"/admin/{Plural}/{Id}/preview/{Latest}";

    /// <summary>A draft waits for publishing: a revision newer than the one readers see.</summary>
    public bool HasDraft => !Trashed && Latest > Published;
}
