using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using Qujing.Web.Infrastructure.Compression;

namespace Qujing.Web.Infrastructure.Caching;

/// <summary>
/// Output caching for readers' pages, applied as the base policy ahead of routing so that a hit costs as little as a
/// static file: anonymous GET/HEAD of a public address only (a request with the editors' cookie or an
/// <c>Authorization</c> header always goes through), keyed by path, the query keys the page reads (<c>q</c> on the
/// search page, none elsewhere: junk keys must not each make an entry and push real pages out) and the encoding the
/// client will get (the body is stored compressed, so a client that did not ask for Brotli must never be given the
/// Brotli entry; keying by the encoding rather than the raw header gives "br, gzip" and "gzip, deflate, br" one entry),
/// and tagged by page and item for exact eviction. A search is stored from its second request on
/// (<see cref="RepeatedQueries"/>). A response that is not 200 or sets a cookie is never stored.
/// </summary>
public sealed class PublicPagePolicy(TimeSpan lifetime, RepeatedQueries searches, EvictionCount evictions, PageCompressionProvider encodings)
    : IOutputCachePolicy
{
    /// <summary>The first path segment of each public page, and the controller its tag is named after.</summary>
    private static readonly Dictionary<string, string> Pages = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = "home", ["sections"] = "sections", ["schools"] = "schools", ["timeline"] = "timeline", ["figures"] = "figures",
        ["search"] = "search", ["corrections"] = "corrections", ["sitemap.xml"] = "feeds", ["feed.xml"] = "feeds", ["robots.txt"] = "feeds",
    };

    /// <summary>The only query keys that change a page; every other key is ignored by the page and so by the cache.</summary>
    private static readonly Dictionary<string, string> QueryKeys = new(StringComparer.OrdinalIgnoreCase) { ["search"] = "q" };

    private const string EncodingKey = "encoding";

    /// <summary>
    /// Whether the page cache will store this response, as far as can be told when it starts: the policy allowed it and
    /// the response is one that may be stored. The compression level follows from it (<see cref="PageCompressionProvider"/>).
    /// </summary>
    public static bool WillStore(HttpContext context) =>
        context.Features.Get<IOutputCacheFeature>()?.Context is { AllowCacheStorage: true } && MayBeStored(context.Response);

    private static bool MayBeStored(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.SetCookie);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var segments = (request.Path.Value ?? "/").Trim('/').Split('/');
        var isPage = segments.Length <= 2 && Pages.TryGetValue(segments[0], out var page);
        var cacheable = isPage
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Cookies.ContainsKey(AuthCookie.Name)
            && !request.Headers.ContainsKey(HeaderNames.Authorization);

        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.QueryKeys = isPage && QueryKeys.TryGetValue(segments[0], out var keys) ? keys : default;

        if (cacheable)
        {
            evictions.NoteStart(context.HttpContext);
            context.CacheVaryByRules.VaryByValues[EncodingKey] = encodings.EncodingFor(context.HttpContext);
            if (Pages[segments[0]] == "search" && request.Query["q"].ToString() is { Length: > 0 } query && !searches.SeenBefore(query))
            {
                context.AllowCacheStorage = false;
            }

            context.Tags.Add(CacheTags.Content);
            context.Tags.Add(CacheTags.Page(Pages[segments[0]]));
            if (segments.Length == 2)
            {
                context.Tags.Add(CacheTags.Item(Pages[segments[0]], segments[1]));
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (!MayBeStored(context.HttpContext.Response))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
