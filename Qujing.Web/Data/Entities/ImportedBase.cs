namespace Qujing.Web.Data.Entities;

/// <summary>
/// What the last import said about one item: its identity in the article (<see cref="Key"/>, kept from the import
/// that created the item, whatever editors rename since) and its content then, the common base of a three-way
/// comparison between the editors' version and a new import. Items editors created have none, and re-import never
/// touches them.
/// </summary>
public class ImportedBase
{
    public int Id { get; set; }
    public string ItemType { get; set; } = "";
    public int ItemId { get; set; }
    public string Key { get; set; } = "";
    public string ContentJson { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
}
