using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Qujing.Web.Features.Search;
using Qujing.Web.Infrastructure.Health;
using Qujing.Web.Infrastructure.Startup;
using Qujing.Web.Infrastructure.Storage;

namespace Qujing.Web.Data;

/// <summary>The site on a SQLite file (the default): the context, and SQLite's own ways to search, probe and tune.</summary>
public static class SqliteStore
{
    public static IServiceCollection AddSqliteStore(this IServiceCollection services, string connection)
    {
        // Migrate() would compare the whole model with the migrations' snapshot on every start (about 40 ms of a
        // first start here); a test (MigrationTests) makes that comparison once, in CI, instead. Pooled: building a
        // context's options and services on every request cost about a tenth of an uncached page's CPU (perf, decision
        // 0029); the interceptors are singletons for that reason.
        services.AddDbContextPool<QujingDbContext>((sp, o) => o.UseSqlite(connection)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .AddInterceptors(sp.GetRequiredService<Infrastructure.Diagnostics.SqlCounter>(), sp.GetRequiredService<StorageWriteObserver>()));
        services.AddSingleton<IDatabaseTuning>(sp => ActivatorUtilities.CreateInstance<SqliteDatabaseTuning>(sp, connection));
        services.AddSingleton<IStartupLock, SqliteStartupLock>();
        services.AddSingleton<IStorageFailureClassifier, SqliteStorageFailureClassifier>();
        services.AddSingleton<IStorageProbe, SqliteStorageProbe>();
        services.AddScoped<ISearchIndex, SqliteSearchIndex>();
        return services;
    }
}
