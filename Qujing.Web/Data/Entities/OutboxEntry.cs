namespace Qujing.Web.Data.Entities;

/// <summary>
/// Work owed to readers after a committed change: rebuild the search index, evict cached pages. Written in the same
/// transaction as the change, deleted only once the work is done, so a crash or an exception in between is retried
/// until it converges, never forgotten.
/// </summary>
public class OutboxEntry
{
    public int Id { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public bool RebuildSearch { get; set; }
    /// <summary>Cache tags to evict, separated by spaces.</summary>
    public string EvictTags { get; set; } = "";
    public int Attempts { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public string? LastError { get; set; }
}
