using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Qujing.Web.Features.Search;
using Qujing.Web.Infrastructure.Health;
using Qujing.Web.Infrastructure.Startup;
using Qujing.Web.Infrastructure.Storage;

namespace Qujing.Web.Data.Postgres;

/// <summary>
/// The site on PostgreSQL, for several instances over one database (decision 0022): the same model under its own
/// context type and migrations, and PostgreSQL's own ways to lock, search, probe and tune.
/// </summary>
public static class PostgresStore
{
    public static IServiceCollection AddPostgresStore(this IServiceCollection services, string connection)
    {
        services.AddSingleton<PostgresWriteLock>();
        // Pooled as on SQLite (SqliteStore says why).
        services.AddDbContextPool<QujingDbContext, PostgresQujingDbContext>((sp, o) => o.UseNpgsql(connection)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .AddInterceptors(sp.GetRequiredService<PostgresWriteLock>(), sp.GetRequiredService<Infrastructure.Diagnostics.SqlCounter>(), sp.GetRequiredService<StorageWriteObserver>()));
        services.AddSingleton<IDatabaseTuning>(_ => new PostgresDatabaseTuning(connection));
        services.AddSingleton<IStartupLock>(sp => new PostgresStartupLock(connection, sp.GetRequiredService<ILogger<PostgresStartupLock>>()));
        services.AddSingleton<IStorageFailureClassifier, PostgresStorageFailureClassifier>();
        services.AddSingleton<IStorageProbe, PostgresStorageProbe>();
        services.AddScoped<ISearchIndex, PostgresSearchIndex>();
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<PageEvictionListener>(sp, connection));
        return services;
    }
}
