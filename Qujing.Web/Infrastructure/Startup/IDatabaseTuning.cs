using System.Data.Common;
using Qujing.Web.Data;

namespace Qujing.Web.Infrastructure.Startup;

/// <summary>Provider-specific start-up work: a plain connection, checks before migrating, settings after.</summary>
public interface IDatabaseTuning
{
    /// <summary>
    /// A plain connection (no EF Core model yet) for start-up's first checks, able to make a new database where the
    /// provider makes one on connecting (a SQLite file; its folder is made here).
    /// </summary>
    DbConnection CreateConnection();

    /// <summary>
    /// Before migrations, over an open connection of the database's own (no EF Core yet): refuse a damaged database, and
    /// clear what a killed start left behind.
    /// </summary>
    Task BeforeMigrateAsync(DbConnection connection, CancellationToken ct);

    /// <summary>After migrations: settings that belong to the database file.</summary>
    Task ApplyAsync(QujingDbContext db, CancellationToken ct);
}
