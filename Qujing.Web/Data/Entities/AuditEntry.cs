namespace Qujing.Web.Data.Entities;

/// <summary>Who did what to which item, and when (logins and failed logins too).</summary>
public class AuditEntry
{
    public int Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string UserName { get; set; } = "";
    /// <summary>What happened, in Chinese for the audit page ("登录", "登录失败", "发布" …).</summary>
    public string Action { get; set; } = "";
    public string? ItemType { get; set; }
    public int? ItemId { get; set; }
    public string Detail { get; set; } = "";
    /// <summary>The client's address as the site saw it (after a trusted proxy's X-Forwarded-For); empty outside a request.</summary>
    public string ClientAddress { get; set; } = "";
}
