using Qujing.Web.Data;
using Qujing.Web.Data.Postgres;
using Qujing.Web.Data.Seeding;
using Qujing.Web.Features;
using Qujing.Web.Features.Feeds;
using Qujing.Web.Features.Layout;
using Qujing.Web.Features.Search;
using Qujing.Web.Text;

namespace Qujing.Web.Infrastructure.Startup;

/// <summary>The site's registrations, so that Program.cs stays a table of contents.</summary>
public static class ServiceCollectionExtensions
{
    public const string DefaultConnection = "Data Source=App_Data/qujing.db;Default Timeout=5";

    public static IServiceCollection AddQujingData(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment env)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var configured = configuration.GetConnectionString("Qujing");
        services.AddSingleton(new DatabaseProviderInfo(provider));
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddPostgresStore(configured is { Length: > 0 } ? configured
                : throw new InvalidOperationException("Database:Provider is Postgres, so ConnectionStrings:Qujing must name the PostgreSQL database (README, \"Running several instances\")."));
        }
        else
        {
            services.AddSqliteStore(AnchorToContentRoot(configured is { Length: > 0 } ? configured : DefaultConnection, env.ContentRootPath));
        }

        // Stopping the process (SIGTERM) cancels a start-up that is still waiting, e.g. for another process's migration.
        services.AddSingleton(sp => new DatabaseReadiness(readable =>
            DatabaseInitializer.InitializeAsync(sp, readable, sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping)));
        services.AddOptions<ContentOptions>().BindConfiguration("Content");
        services.AddScoped<ContentImporter>();
        services.AddScoped<Features.Corrections.CorrectionSource>();
        services.AddScoped<Features.Corrections.CorrectionQueries>();
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
        services.AddSingleton<SiteFrameCache>();
        services.AddScoped<Infrastructure.Caching.ContentVersion>();
        services.AddScoped<SiteUrls>();
        services.AddScoped<FeedWriter>();
        services.AddHttpContextAccessor();
        services.AddScoped<Features.Layout.PageMeta>();
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
