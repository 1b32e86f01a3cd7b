using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Qujing.Web.Data.Postgres;

/// <summary>
/// For <c>dotnet ef migrations add NAME --context PostgresQujingDbContext -o Data/Postgres/Migrations</c>: making a
/// migration needs the provider, not a server, so the connection string is never opened.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresQujingDbContext>
{
    public PostgresQujingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresQujingDbContext>().UseNpgsql("Host=localhost;Database=qujing").Options);
}
