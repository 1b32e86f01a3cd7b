using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Accounts;

/// <summary>Writes the audit trail: every login, failed login and change to content.</summary>
public sealed class AuditLog(QujingDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>The width of the user-name column; longer names are cut (SQLite would store them whole).</summary>
    public const int MaxUserNameLength = 256;

    public const int MaxDetailLength = 2000;

    /// <summary>An IPv6 address with a zone fits in 45 characters; a little room for what a proxy forwards.</summary>
    public const int MaxClientAddressLength = 64;

    private const int MaxActionLength = 50;
    private const int MaxItemTypeLength = 50;

    /// <summary>
    /// Records one entry. Every text is cut to its limit: the forms check their lengths first, but whatever reaches this
    /// from elsewhere must not grow the database by what someone chose to type.
    /// </summary>
    public async Task RecordAsync(string userName, string action, string detail = "", string? itemType = null, int? itemId = null, CancellationToken ct = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserName = InputText.Truncate(userName, MaxUserNameLength),
            Action = InputText.Truncate(action, MaxActionLength),
            Detail = InputText.Truncate(detail, MaxDetailLength),
            ItemType = itemType is null ? null : InputText.Truncate(itemType, MaxItemTypeLength),
            ItemId = itemId,
            ClientAddress = InputText.Truncate(http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "", MaxClientAddressLength),
        });
        await db.SaveChangesAsync(ct);
    }
}
