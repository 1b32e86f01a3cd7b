using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Postgres;
using Qujing.Web.Data.Seeding;
using Qujing.Web.Features.Search;

namespace Qujing.Web.Infrastructure.Startup;

/// <summary>Brings the database to the current migration and imports the content on first start.</summary>
public static class DatabaseInitializer
{
    /// <param name="readable">Called once readers can be served (decisions 0017, 0032): before EF Core is even built for a
    /// database that is up to date and has its content; on a new one once the import is committed, before its search
    /// index is built (search waits for all of start-up); after the migration otherwise.</param>
    public static async Task InitializeAsync(IServiceProvider services, Action readable, CancellationToken ct = default)
    {
        // Of several instances starting at once, one does what follows; the others wait here, then find it done.
        await using var startup = await services.GetRequiredService<IStartupLock>().AcquireAsync(ct);
        var tuning = services.GetRequiredService<IDatabaseTuning>();
        var context = services.GetRequiredService<DatabaseProviderInfo>().IsPostgres ? typeof(PostgresQujingDbContext) : typeof(QujingDbContext);
        bool upToDate, isNew;

        // The checks a reader's first page depends on run over a plain connection: building EF Core's model takes a good
        // part of a second on a two-core server, and a restart should not keep readers waiting for it.
        await using (var connection = tuning.CreateConnection())
        {
            await connection.OpenAsync(ct);
            await tuning.BeforeMigrateAsync(connection, ct);

            // A read-only database is served read-only when it is migrated already, and stops start-up when it is not.
            var applied = await NewestAppliedMigrationAsync(connection, ct);
            upToDate = applied is not null && string.Equals(applied, NewestMigration(context), StringComparison.Ordinal);
            isNew = applied is null;
            await Infrastructure.Health.StartupStorageCheck.RunAsync(services, connection, needsMigrating: !upToDate, ct);
            if (upToDate && await HasContentAsync(connection, ct))
            {
                readable();
            }
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QujingDbContext>();

        // A new database will need the import: its first part, which needs no database (jieba's word list, the cleaning,
        // the corrections), runs on the other core while this one migrates.
        var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
        var prepared = isNew ? Task.Run(() => importer.PrepareAsync(ct), ct) : null;
        if (!upToDate)
        {
            await db.Database.MigrateAsync(ct);
        }

        await tuning.ApplyAsync(db, ct);
        // Readers come in as soon as the content is committed; search waits for its index (StartupGate).
        await importer.ImportIfEmptyAsync(prepared, readable, ct);
        await scope.ServiceProvider.GetRequiredService<SearchIndexer>().EnsureBuiltAsync(ct);
        await scope.ServiceProvider.GetRequiredService<Features.Accounts.AccountSeeder>().SeedAsync();
        if (db.Database.IsNpgsql())
        {
            // Under the lock: instances that start at once would each make a key (their cookies still work everywhere once
            // every ring has reloaded, but until then a form posted to the other instance fails). One SQLite site needs none yet.
            scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>().CreateProtector("startup").Protect([1]);
        }
    }

    /// <summary>
    /// The newest migration of the context in use (each provider has its own set in this assembly). Comparing it with the
    /// history table directly spares a warm restart EF's whole migration machinery (about a third of a second here);
    /// anything else goes through Migrate.
    /// </summary>
    private static string? NewestMigration(Type context) =>
        typeof(QujingDbContext).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute>()?.ContextType == context)
            .Select(t => t.GetCustomAttribute<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>()?.Id)
            .Where(id => id is not null).Max(StringComparer.Ordinal);

    /// <returns>Null when the database has no migration history: a new one.</returns>
    private static async Task<string?> NewestAppliedMigrationAsync(DbConnection connection, CancellationToken ct) =>
        await ScalarOrNullAsync(connection, "SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\"", ct) as string;

    /// <summary>Whether the content was imported (an import that failed left none: it is one transaction).</summary>
    private static async Task<bool> HasContentAsync(DbConnection connection, CancellationToken ct) =>
        await ScalarOrNullAsync(connection, "SELECT EXISTS (SELECT 1 FROM \"Features\")", ct) is long and not 0 or true;

    /// <returns>Null when the table is not there yet (a new database).</returns>
    private static async Task<object?> ScalarOrNullAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return await command.ExecuteScalarAsync(ct);
        }
        catch (DbException)
        {
            return null;
        }
    }
}
