namespace Qujing.Web.Features.Editing.Presence;

/// <summary>The <c>Presence</c> configuration section: how often an open edit page says so, and how long that counts.</summary>
public sealed class PresenceOptions
{
    /// <summary>Seconds between an open, visible edit page's heartbeats.</summary>
    public int HeartbeatSeconds { get; set; } = 30;

    /// <summary>
    /// Seconds a heartbeat counts as "still there": three heartbeats, so one lost or late request does not make an editor
    /// vanish and reappear; a page hidden or closed without its "left" beacon disappears within this.
    /// </summary>
    public int WindowSeconds { get; set; } = 90;
}
