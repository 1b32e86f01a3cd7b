using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Qujing.Web.Data;
using Qujing.Web.Search;

namespace Qujing.Web.Services;

/// <summary>The site's registrations, so that Program.cs stays a table of contents.</summary>
public static class ServiceCollectionExtensions
{
    public const string DefaultConnection = "Data Source=App_Data/qujing.db;Default Timeout=5";

    public static IServiceCollection AddQujingData(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment env)
    {
        var connection = configuration.GetConnectionString("Qujing") is { Length: > 0 } configured ? configured : DefaultConnection;
        connection = AnchorToContentRoot(connection, env.ContentRootPath);
        // Migrate() would compare the whole model with the migrations' snapshot on every start (about 40 ms of a
        // first start here); a test (MigrationTests) makes that comparison once, in CI, instead.
        services.AddDbContext<QujingDbContext>((sp, o) => o.UseSqlite(connection)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .AddInterceptors(sp.GetRequiredService<Caching.SqlCounter>(), sp.GetRequiredService<Infrastructure.Storage.StorageWriteObserver>()));
        services.AddSingleton<IDatabaseTuning, SqliteDatabaseTuning>();
        // Stopping the process (SIGTERM) cancels a start-up that is still waiting, e.g. for another process's migration.
        services.AddSingleton(sp => new DatabaseReadiness(readable =>
            DatabaseInitializer.InitializeAsync(sp, connection, readable, sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping)));
        services.AddOptions<ContentOptions>().BindConfiguration("Content");
        services.AddScoped<ContentImporter>();
        services.AddScoped<Corrections.CorrectionSource>();
        services.AddScoped<Corrections.CorrectionQueries>();
        services.AddScoped<ISearchIndex, SqliteSearchIndex>();
        services.AddScoped<SearchIndexer>();
        return services;
    }

    public static IServiceCollection AddQujingSite(this IServiceCollection services)
    {
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<FeatureQueries>();
        services.AddSingleton(Import.PlaceRenames.Load());
        services.AddScoped<SearchService>();
        services.AddScoped<SiteNavigation>();
        services.AddScoped<SiteUrls>();
        services.AddScoped<FeedWriter>();
        services.AddHttpContextAccessor();
        services.AddScoped<Models.PageMeta>();
        services.AddOptions<SiteOptions>().BindConfiguration("Site");
        // Optional fields are optional: only an explicit [Required] (with its Chinese message) makes a field required,
        // never the framework's implicit one for a non-nullable string, whose message is English.
        services.AddControllersWithViews(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(
            System.Text.Unicode.UnicodeRanges.BasicLatin, System.Text.Unicode.UnicodeRanges.Latin1Supplement, System.Text.Unicode.UnicodeRanges.CjkUnifiedIdeographs,
            System.Text.Unicode.UnicodeRanges.CjkSymbolsandPunctuation, System.Text.Unicode.UnicodeRanges.HalfwidthandFullwidthForms,
            System.Text.Unicode.UnicodeRanges.GeneralPunctuation, System.Text.Unicode.UnicodeRanges.CjkUnifiedIdeographsExtensionA));
        return services;
    }

    /// <summary>A relative SQLite file path is taken from the content root, not from wherever the process was started.</summary>
    private static string AnchorToContentRoot(string connection, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && !Path.IsPathRooted(file) && builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.Combine(contentRoot, file);
        }

        return builder.ToString();
    }
}
