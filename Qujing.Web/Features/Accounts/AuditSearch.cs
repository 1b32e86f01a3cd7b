using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Accounts;

/// <summary>One page of the audit log, newest first, narrowed by a filter; and the choices the filter's lists offer.</summary>
public sealed class AuditSearch(QujingDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditResults> SearchAsync(AuditFilter filter, CancellationToken ct)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (filter.User.Length > 0)
        {
            entries = entries.Where(a => a.UserName == filter.User);
        }

        if (filter.Action.Length > 0)
        {
            entries = entries.Where(a => a.Action == filter.Action);
        }

        if (filter.ItemType.Length > 0)
        {
            entries = entries.Where(a => a.ItemType == filter.ItemType);
        }

        if (filter.Text.Length > 0)
        {
            // Contains is a LIKE on both providers; the log is small enough that a scan is cheaper than an index to keep.
            entries = entries.Where(a => a.Detail.Contains(filter.Text) || a.UserName.Contains(filter.Text));
        }

        var total = await entries.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var rows = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        // The accounts, not every name typed at the login form: those can be anything, and any number of them.
        var users = await db.Users.Select(u => u.UserName!).OrderBy(u => u).ToListAsync(ct);
        var actions = await db.AuditEntries.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
        return new AuditResults(filter with { Page = page }, rows, total, pages, users, actions);
    }
}

/// <summary>The entries of one page, how many match in all, and what the filter's lists offer.</summary>
public sealed record AuditResults(AuditFilter Filter, IReadOnlyList<AuditEntry> Entries, int Total, int Pages, IReadOnlyList<string> Users, IReadOnlyList<string> Actions);
