using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Qujing.Web.Data;
using Qujing.Web.Infrastructure.Startup;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// The site in process over its own temporary SQLite file, a copy of one that imported the real content folder
/// (<see cref="SiteTemplates"/>). Compiled into the PostgreSQL test project (POSTGRES_TESTS), the site runs on PostgreSQL
/// instead, over a database of its own cloned from an imported template (<c>SiteTemplates</c>, in that project). Either
/// is deleted when the factory is disposed.
/// </summary>
public class QujingFactory : WebApplicationFactory<Program>
{
    /// <param name="databasePath">A database of the test's own, left to it; without one the factory makes a copy of the template.</param>
    /// <param name="environment">The host environment.</param>
    /// <param name="startsEmpty">The factory's own database starts empty, not as a copy: the site migrates and imports at its start.</param>
    public QujingFactory(string? databasePath = null, string environment = "Production", bool startsEmpty = false)
    {
        OwnsDatabase = databasePath is null;
        StartsEmpty = startsEmpty;
#if POSTGRES_TESTS
        DatabasePath = databasePath ?? PostgresServer.ConnectionTo(PostgresServer.NewDatabaseName());
#else
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"qujing-test-{Guid.NewGuid():N}.db");
#endif
        Environment = environment;
    }

    /// <summary>True when the factory made up its database path, and so deletes the file when disposed.</summary>
    private bool OwnsDatabase { get; }

    private bool StartsEmpty { get; }

    /// <summary>The SQLite file; on PostgreSQL (POSTGRES_TESTS) the connection string of the site's database.</summary>
    public string DatabasePath { get; }

    private bool _made;

    private string Environment { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        if (OwnsDatabase && !_made)
        {
            // Made here, not in the constructor: the template depends on the settings a subclass adds.
            MakeDatabase();
            _made = true;
        }

#if POSTGRES_TESTS
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Qujing", DatabasePath);
#else
        builder.UseSetting("ConnectionStrings:Qujing", $"Data Source={DatabasePath};Default Timeout=5;Pooling=False");
#endif
        builder.UseSetting("Content:Directory", RepoPaths.Content);
        builder.UseSetting("Site:BaseUrl", "http://localhost");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(Path.GetTempPath(), "qujing-test-logs", "log-.txt"));
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        // Identity's 100,000 PBKDF2 rounds cost 52 ms of CPU a hash here, and an editing test's site hashes three times
        // (the seeded Admin, the Editor, a sign-in): the tests other than the browser ones took 321 s of CPU with them,
        // 278 s with 1,000. What the tests check of passwords (who may sign in, that a hash is stored, equal work for
        // unknown names) does not depend on the count; the site keeps Identity's default, and so does the browser
        // tests' site process.
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestHashRounds));
    }

    /// <summary>PBKDF2 rounds for the sites of these tests (see <see cref="ConfigureWebHost"/>).</summary>
    private const int TestHashRounds = 1_000;

    /// <summary>
    /// The site migrates and imports while its server starts (requests wait for that); tests that go to the database
    /// directly wait here too, so they never meet a half-made one.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        var readiness = host.Services.GetRequiredService<DatabaseReadiness>();
        if (!WaitsForAllOfStartUp)
        {
            // The eviction listener (PostgreSQL) starts listening only after all of start-up, so it is not waited for.
            return readiness.Readable.Wait(TimeSpan.FromMinutes(1))
                ? host
                : throw new TimeoutException("The site did not let readers in within a minute of starting.");
        }

        readiness.Ready.GetAwaiter().GetResult();
#if POSTGRES_TESTS
        // The eviction listener's first evict-all comes a moment after start-up; a page a test caches before it would
        // not be stored (EvictionGuardedStore), and a test that counts on a cached page would race it.
        host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Qujing.Web.Data.Postgres.PageEvictionListener>()
            .Single().Listening.WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
#endif
        return host;
    }

    /// <summary>False for a test of start-up's stages: the site is handed over once readers may come in.</summary>
    protected virtual bool WaitsForAllOfStartUp => true;

    /// <summary>More configuration for one test's site.</summary>
    protected virtual IEnumerable<(string Key, string Value)> ExtraSettings => [];

    /// <summary>Runs a query against the site's database.</summary>
    public T Query<T>(Func<QujingDbContext, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<QujingDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && OwnsDatabase)
        {
            DeleteDatabase();
        }
    }

    private void MakeDatabase()
    {
        if (!StartsEmpty)
        {
            SiteTemplates.Clone(DatabasePath, Environment, ExtraSettings);
        }
#if POSTGRES_TESTS
        else
        {
            PostgresServer.CreateDatabase(new Npgsql.NpgsqlConnectionStringBuilder(DatabasePath).Database!, null);
        }
#endif
    }

    /// <summary>Deletes the database file, or drops the PostgreSQL database (a factory given one leaves that to its test).</summary>
    public void DeleteDatabase()
    {
#if POSTGRES_TESTS
        PostgresServer.DropDatabase(DatabasePath);
#else
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
#endif
    }
}

/// <summary>A site with extra configuration settings.</summary>
public class QujingFactoryWith(params (string Key, string Value)[] settings) : QujingFactory
{
    protected override IEnumerable<(string Key, string Value)> ExtraSettings => settings;
}
