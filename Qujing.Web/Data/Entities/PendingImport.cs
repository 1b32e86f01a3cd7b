namespace Qujing.Web.Data.Entities;

/// <summary>
/// An article text an editor pasted or uploaded, kept until they confirm or drop it. In the database, not in
/// memory, so the confirmation may reach any instance of the site.
/// </summary>
public class PendingImport
{
    public int Id { get; set; }
    public string SourceName { get; set; } = "";
    public string Text { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
