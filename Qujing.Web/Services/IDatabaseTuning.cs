using System.Data.Common;
using Qujing.Web.Data;

namespace Qujing.Web.Services;

/// <summary>Provider-specific start-up work: checks before migrating, settings after (SQLite today).</summary>
public interface IDatabaseTuning
{
    /// <summary>
    /// Before migrations, over an open connection of the database's own (no EF Core yet): refuse a damaged database, and
    /// clear what a killed start left behind.
    /// </summary>
    Task BeforeMigrateAsync(DbConnection connection, CancellationToken ct);

    /// <summary>After migrations: settings that belong to the database file.</summary>
    Task ApplyAsync(QujingDbContext db, CancellationToken ct);
}
