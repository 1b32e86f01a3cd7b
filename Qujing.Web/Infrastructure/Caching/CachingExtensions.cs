using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;
using Qujing.Web.Infrastructure.Compression;

namespace Qujing.Web.Infrastructure.Caching;

/// <summary>Output caching, compression and cache headers for static files.</summary>
public static class CachingExtensions
{
    /// <summary>Pages are evicted exactly on change; the lifetime only bounds staleness between instances.</summary>
    private static readonly TimeSpan PageLifetime = TimeSpan.FromHours(1);

    public static IServiceCollection AddQujingCaching(this IServiceCollection services)
    {
        var evictions = new EvictionCount();
        services.AddOutputCache();

        // The policy takes the compression provider itself rather than asking each request's services for it: on a hit,
        // asking would make a DI scope for that request alone (bench/run's cached rows, decision 0030).
        services.AddOptions<OutputCacheOptions>().Configure<PageCompressionProvider>((o, encodings) =>
            o.AddBasePolicy(new PublicPagePolicy(PageLifetime, new RepeatedQueries(), evictions, encodings)));

        // The framework's in-memory store, behind the guard against storing a page rendered before an eviction.
        var memoryStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(memoryStore);
        services.AddSingleton<IOutputCacheStore>(sp => new EvictionGuardedStore(
            (IOutputCacheStore)memoryStore.ImplementationFactory!(sp), evictions, sp.GetRequiredService<IHttpContextAccessor>()));
        services.AddScoped<PageCache>();
        services.AddScoped<ContentValidatorsFilter>();

        // The encoding is negotiated among these (Brotli first when a client takes both equally), at the passing levels;
        // what the page cache keeps is compressed at the smallest setting instead (PageCompressionProvider, decision 0015).
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add(new LeveledBrotli(CompressionLevels.PassingBrotli));
            o.Providers.Add(new LeveledGzip(CompressionLevels.PassingGzip));
            o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml",
                "application/xml", "text/xml", "application/atom+xml", "application/json", "text/plain"];
        });
        services.AddSingleton<PageCompressionProvider>();
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider>(sp => sp.GetRequiredService<PageCompressionProvider>()));
        return services;
    }

    /// <summary>Static files: cached for a year when the URL carries a content hash.</summary>
    public static IApplicationBuilder UseQujingStaticFiles(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx =>
            {
                if (ctx.Context.Request.Query.ContainsKey("v"))
                {
                    ctx.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
                }
            },
        });

    /// <summary>
    /// The output cache, first in the pipeline and outside compression: it stores the compressed bytes (one entry per
    /// Accept-Encoding), so a hit is written as is, with no start-up check, error-page wrapper, compression, routing,
    /// authentication or logging work. Error pages are never stored (only 200s are).
    /// </summary>
    public static IApplicationBuilder UseQujingPageCache(this IApplicationBuilder app) => app.UseOutputCache();

    /// <summary>Compression of what the cache misses (pages, static files, admin pages).</summary>
    public static IApplicationBuilder UseQujingCompression(this IApplicationBuilder app) =>
        app.UseResponseCompression();
}
