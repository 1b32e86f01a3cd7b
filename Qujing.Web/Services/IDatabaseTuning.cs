using Qujing.Web.Data;

namespace Qujing.Web.Services;

/// <summary>Provider-specific settings applied once at start-up (SQLite pragmas today; nothing on PostgreSQL).</summary>
public interface IDatabaseTuning
{
    Task ApplyAsync(QujingDbContext db, CancellationToken ct);
}
