using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Postgres;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Tests.Unit;

/// <summary>The content version's compiled query (decision 0033).</summary>
public class ContentVersionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// EF Core binds a compiled query to the first model it runs with; the SQLite and the PostgreSQL model can both be in
    /// one process (the tests run both), and neither may be refused because the other came first.
    /// </summary>
    [Fact]
    public async Task EachModelGetsItsOwnCompiledQuery()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(Ct);
        await using (var sqlite = new QujingDbContext(new DbContextOptionsBuilder<QujingDbContext>().UseSqlite(connection).Options))
        {
            await sqlite.Database.EnsureCreatedAsync(Ct);
            Assert.Null(await new ContentVersion(sqlite).ReadAsync(Ct));
        }

        // No server listens on port 1: the read gets as far as connecting, which it would not if the model were refused.
        await using var postgres = new PostgresQujingDbContext(new DbContextOptionsBuilder<PostgresQujingDbContext>()
            .UseNpgsql("Host=127.0.0.1;Port=1;Timeout=2").Options);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => new ContentVersion(postgres).ReadAsync(Ct));

        Assert.DoesNotContain("different model", error.Message, StringComparison.Ordinal);
        Assert.IsType<Npgsql.NpgsqlException>(error.InnerException, exactMatch: false); // under EF Core's "transient failure"
    }
}
