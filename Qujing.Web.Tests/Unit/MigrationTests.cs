using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Postgres;

namespace Qujing.Web.Tests.Unit;

public class MigrationTests
{
    /// <summary>
    /// The site tells EF not to compare model and migrations on every start (it costs start-up time), so this does, for
    /// each provider's migration set: a model change without its two migrations fails here, in CI, rather than on a
    /// reader's server. Neither needs a server: the comparison is between the model and the migrations' snapshot.
    /// </summary>
    [Fact]
    public void EveryModelChangeHasItsSqliteMigration()
    {
        using var db = new QujingDbContext(new DbContextOptionsBuilder<QujingDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changed since the last SQLite migration: run `dotnet ef migrations add <Name> --context QujingDbContext -o Data/Migrations` in Qujing.Web.");
    }

    [Fact]
    public void EveryModelChangeHasItsPostgresMigration()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changed since the last PostgreSQL migration: run `dotnet ef migrations add <Name> --context PostgresQujingDbContext -o Data/Postgres/Migrations` in Qujing.Web.");
    }

    /// <summary>Each provider applies only its own set: the start-up check compares with the newest migration of that set.</summary>
    [Fact]
    public void EachProviderHasItsOwnMigrations()
    {
        using var sqlite = new QujingDbContext(new DbContextOptionsBuilder<QujingDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        var sqliteIds = sqlite.Database.GetMigrations().ToList();
        var postgresIds = postgres.Database.GetMigrations().ToList();
        Assert.Equal("20261125163541_Initial", sqliteIds[0]);
        Assert.NotEmpty(postgresIds);
        Assert.Empty(sqliteIds.Intersect(postgresIds));
    }
}
