namespace Qujing.Web.Features.Media;

/// <summary>What asking to delete a photo came to: deleted, kept because something uses it, or not saved.</summary>
public sealed record MediaDeletion(IReadOnlyList<string> Uses, string? Failure = null)
{
    public bool Deleted => Uses.Count == 0 && Failure is null;
}
