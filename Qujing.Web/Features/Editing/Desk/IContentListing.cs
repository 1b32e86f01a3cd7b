namespace Qujing.Web.Features.Editing.Desk;

/// <summary>Every item of one kind, for lists that span kinds (the dashboard) as well as the kind's own list.</summary>
public interface IContentListing
{
    string ItemType { get; }

    string Plural { get; }

    string Label { get; }

    bool CanCreate { get; }

    Task<IReadOnlyList<DeskItem>> ItemsAsync(CancellationToken ct);
}
