using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Qujing.Web.Data;
using Qujing.Web.Services;

namespace Qujing.Web.Tests.Integration;

/// <summary>The site in process over its own temporary SQLite file, importing the real content folder.</summary>
public class QujingFactory : WebApplicationFactory<Program>
{
    public QujingFactory(string? databasePath = null, string environment = "Production")
    {
        OwnsDatabase = databasePath is null;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"qujing-test-{Guid.NewGuid():N}.db");
        Environment = environment;
    }

    /// <summary>True when the factory made up its database path, and so deletes the file when disposed.</summary>
    private bool OwnsDatabase { get; }

    public string DatabasePath { get; }

    private string Environment { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Qujing", $"Data Source={DatabasePath};Default Timeout=5;Pooling=False");
        builder.UseSetting("Content:Directory", RepoPaths.Content);
        builder.UseSetting("Site:BaseUrl", "http://localhost");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(Path.GetTempPath(), "qujing-test-logs", "log-.txt"));
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>
    /// The site migrates and imports while its server starts (requests wait for that); tests that go to the database
    /// directly wait here too, so they never meet a half-made one.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<DatabaseReadiness>().Ready.GetAwaiter().GetResult();
        return host;
    }

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

    /// <summary>Deletes the database file (a factory given a path leaves that to its test).</summary>
    public void DeleteDatabase()
    {
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>A site with extra configuration settings.</summary>
public class QujingFactoryWith(params (string Key, string Value)[] settings) : QujingFactory
{
    protected override IEnumerable<(string Key, string Value)> ExtraSettings => settings;
}
