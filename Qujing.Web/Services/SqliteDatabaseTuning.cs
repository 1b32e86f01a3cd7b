using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;

namespace Qujing.Web.Services;

/// <summary>
/// WAL lets readers go on while an editor writes; it is a property of the database file, so it is set once.
/// The busy timeout is per connection and comes from the connection string ("Default Timeout").
/// </summary>
public sealed class SqliteDatabaseTuning : IDatabaseTuning
{
    public async Task ApplyAsync(QujingDbContext db, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
}
