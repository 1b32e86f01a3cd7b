using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Qujing.Web.Data;

/// <summary>
/// For <c>dotnet ef migrations add NAME -o Data/Migrations</c>. Without it EF would take
/// <see cref="Postgres.PostgresDesignTimeFactory"/> for this context too (the factory interface is covariant, and a
/// PostgreSQL context is a <see cref="QujingDbContext"/>), and write PostgreSQL column types into the SQLite migration.
/// Making a migration needs the provider only; the file is never opened.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<QujingDbContext>
{
    public QujingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<QujingDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
