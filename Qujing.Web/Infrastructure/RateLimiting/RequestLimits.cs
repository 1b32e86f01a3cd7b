using System.Threading.RateLimiting;

namespace Qujing.Web.Infrastructure.RateLimiting;

/// <summary>
/// Which limit a request counts against, and whose budget: the rate limiter's global limiter. It goes by method and
/// path rather than by attributes on endpoints, so that the public contract is in one place and every controller
/// under /admin is covered, including ones added later.
/// </summary>
public static class RequestLimits
{
    /// <summary>Requests no limit applies to (pages, assets, the error pages the limiter's own 429s re-execute).</summary>
    private const string None = "";

    public static PartitionedRateLimiter<HttpContext> Create(RateLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, (string Limit, string Client)>(context =>
        {
            var key = KeyOf(context);
            return key.Limit == None
                ? RateLimitPartition.GetNoLimiter(key)
                : RateLimitPartition.GetSlidingWindowLimiter(key, k => LimitOf(k.Limit, limits)!.ToLimiterOptions());
        });

    /// <summary>The limit a request counts against (null for none), for the rejection's Retry-After.</summary>
    public static RateLimit? LimitOf(HttpContext context, RateLimitOptions limits) => LimitOf(KeyOf(context).Limit, limits);

    private static RateLimit? LimitOf(string name, RateLimitOptions limits) => name switch
    {
        nameof(RateLimitOptions.Login) => limits.Login,
        nameof(RateLimitOptions.Search) => limits.Search,
        nameof(RateLimitOptions.Reimport) => limits.Reimport,
        nameof(RateLimitOptions.AdminPost) => limits.AdminPost,
        nameof(RateLimitOptions.Drafting) => limits.Drafting,
        nameof(RateLimitOptions.Presence) => limits.Presence,
        nameof(RateLimitOptions.Media) => limits.Media,
        _ => null,
    };

    private static (string Limit, string Client) KeyOf(HttpContext context)
    {
        var request = context.Request;
        var address = ClientAddress.PartitionKey(context.Connection.RemoteIpAddress);
        if (Under(request.Path, "/search"))
        {
            return (nameof(RateLimitOptions.Search), address);
        }

        if (Under(request.Path, "/media"))
        {
            return (nameof(RateLimitOptions.Media), address);
        }

        if (!HttpMethods.IsPost(request.Method) || !Under(request.Path, "/admin"))
        {
            return (None, "");
        }

        if (Under(request.Path, "/admin/login"))
        {
            return (nameof(RateLimitOptions.Login), address);
        }

        // Signed in (authorisation ran before): the budget is the account's, wherever it posts from.
        var account = context.User.Identity?.Name is { Length: > 0 } name ? "user:" + name : address;
        return (Under(request.Path, "/admin/import") ? nameof(RateLimitOptions.Reimport)
            : Under(request.Path, "/admin/drafting") ? nameof(RateLimitOptions.Drafting)
            : Under(request.Path, "/admin/presence") ? nameof(RateLimitOptions.Presence) : nameof(RateLimitOptions.AdminPost), account);
    }

    // Routing matches paths case-insensitively, so the limits must too (/Admin/Login is the login form).
    private static bool Under(PathString path, string prefix) => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase);
}
