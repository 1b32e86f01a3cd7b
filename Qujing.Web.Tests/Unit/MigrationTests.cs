using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;

namespace Qujing.Web.Tests.Unit;

public class MigrationTests
{
    /// <summary>
    /// The site tells EF not to compare model and migrations on every start (it costs start-up time), so this does:
    /// a model change without its migration fails here, in CI, rather than on a reader's server.
    /// </summary>
    [Fact]
    public void EveryModelChangeHasItsMigration()
    {
        using var db = new QujingDbContext(new DbContextOptionsBuilder<QujingDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changed since the last migration: run `dotnet ef migrations add <Name> -o Data/Migrations` in Qujing.Web.");
    }
}
