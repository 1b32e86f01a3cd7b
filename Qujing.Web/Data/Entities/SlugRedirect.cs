namespace Qujing.Web.Data.Entities;

/// <summary>An old address of a renamed item, answered with a permanent redirect to the current one.</summary>
public class SlugRedirect
{
    public int Id { get; set; }
    public string ItemType { get; set; } = "";
    public string OldSlug { get; set; } = "";
    public string NewSlug { get; set; } = "";
}
