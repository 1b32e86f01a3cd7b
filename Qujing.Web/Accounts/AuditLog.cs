using Qujing.Web.Data;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Accounts;

/// <summary>Writes the audit trail: every login, failed login and change to content.</summary>
public sealed class AuditLog(QujingDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(string userName, string action, string detail = "", string? itemType = null, int? itemId = null, CancellationToken ct = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserName = userName,
            Action = action,
            Detail = detail,
            ItemType = itemType,
            ItemId = itemId,
        });
        await db.SaveChangesAsync(ct);
    }
}
