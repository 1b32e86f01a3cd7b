using System.Reflection;
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
        if (db.Database.IsSqlite() && connection.DataSource is { Length: > 0 } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // Of several instances starting at once, one does what follows; the others wait here, then find it done.
        await using var startup = await scope.ServiceProvider.GetRequiredService<IStartupLock>().AcquireAsync(ct);
        var tuning = scope.ServiceProvider.GetRequiredService<IDatabaseTuning>();
        await tuning.BeforeMigrateAsync(db, ct);

        // A read-only database is served read-only when it is migrated already, and stops start-up when it is not.
        var upToDate = await IsUpToDateAsync(db, ct);
        await Infrastructure.Health.StartupStorageCheck.RunAsync(scope.ServiceProvider, db, needsMigrating: !upToDate, ct);

        // A database that needs migrating is usually a new one that will need an import: the importer's
        // dictionary loads on the other core meanwhile.
        Task<Import.ChineseResources>? resources = null;
        if (!upToDate)
        {
            resources = Task.Run(Import.ChineseResourcesLoader.Load, ct);
            await db.Database.MigrateAsync(ct);
        }

        await tuning.ApplyAsync(db, ct);
        await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportIfEmptyAsync(resources, ct);
        await scope.ServiceProvider.GetRequiredService<SearchIndexer>().EnsureBuiltAsync(ct);
        await scope.ServiceProvider.GetRequiredService<Accounts.AccountSeeder>().SeedAsync();
        if (db.Database.IsNpgsql())
        {
            // Under the lock: instances that start at once would each make a key (their cookies still work everywhere once
            // every ring has reloaded, but until then a form posted to the other instance fails). One SQLite site needs none yet.
            scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>().CreateProtector("startup").Protect([1]);
        }
    }

    /// <summary>
    /// True when the database already has the newest migration. Asking the history table directly spares a warm
    /// restart EF's whole migration machinery (about a third of a second here); anything else goes through Migrate.
    /// </summary>
    private static async Task<bool> IsUpToDateAsync(QujingDbContext db, CancellationToken ct)
    {
        // Each provider has its own migration set in this assembly, told apart by the context type it is for.
        var newest = typeof(QujingDbContext).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute>()?.ContextType == db.GetType())
            .Select(t => t.GetCustomAttribute<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>()?.Id)
            .Where(id => id is not null).Max(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\"";
            return await command.ExecuteScalarAsync(ct) is string applied && string.Equals(applied, newest, StringComparison.Ordinal);
        }
        catch (System.Data.Common.DbException)
        {
            return false; // no history table yet: a new database
        }
        finally
        {
            await connection.CloseAsync();
        }
    }
}
