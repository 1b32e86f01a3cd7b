namespace Qujing.Web.Tests.Integration;

/// <summary>
/// The SQLite file beside the site is the one default database, in code; appsettings.json names none. An operator who
/// switches to PostgreSQL and forgets the connection string is told so, instead of the SQLite default being handed to
/// the PostgreSQL driver.
/// </summary>
public sealed class DefaultConnectionTests
{
    [Fact]
    public async Task PostgresWithoutAConnectionStringSaysWhichSettingIsMissing()
    {
        Assert.Null(Environment.GetEnvironmentVariable("ConnectionStrings__Qujing")); // the site process inherits the test's environment

        var (exit, output) = await SiteProcess.RunAsync(["migrate"], ("Database__Provider", "Postgres"));

        Assert.Equal(1, exit);
        Assert.Contains("ConnectionStrings:Qujing must name the PostgreSQL database", output, StringComparison.Ordinal);
    }
}
