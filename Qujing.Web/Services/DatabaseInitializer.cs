using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Search;

namespace Qujing.Web.Services;

/// <summary>Brings the database to the current migration and imports the content on first start.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QujingDbContext>();
        var connection = db.Database.GetDbConnection();
        if (connection.DataSource is { Length: > 0 } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync(ct);
        await scope.ServiceProvider.GetRequiredService<IDatabaseTuning>().ApplyAsync(db, ct);
        await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportIfEmptyAsync(ct);
        await scope.ServiceProvider.GetRequiredService<SearchIndexer>().EnsureBuiltAsync(ct);
        await scope.ServiceProvider.GetRequiredService<Accounts.AccountSeeder>().SeedAsync();
    }
}
