using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Qujing.Web.Caching;

/// <summary>
/// Output caching for public pages: anonymous GET/HEAD only, keyed by path, query and Accept-Encoding (the body is
/// stored compressed, so a client that did not ask for Brotli must never be given the Brotli entry), and tagged
/// by page and item for exact eviction. A response that sets a cookie or is not 200 is never stored.
/// </summary>
public sealed class PublicPagePolicy(TimeSpan lifetime) : IOutputCachePolicy
{
    public const string Name = "Public";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;

        context.Tags.Add(CacheTags.Content);
        if (http.GetRouteValue("controller") is string controller)
        {
            context.Tags.Add(CacheTags.Page(controller));
            if (http.GetRouteValue("slug") is string slug)
            {
                context.Tags.Add(CacheTags.Item(controller, slug));
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
