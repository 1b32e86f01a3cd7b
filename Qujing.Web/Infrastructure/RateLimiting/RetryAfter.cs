using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace Qujing.Web.Infrastructure.RateLimiting;

/// <summary>The answer over a limit: 429, a Retry-After in seconds, and no body (the status-code page fills it in Chinese).</summary>
public static class RetryAfter
{
    /// <summary>
    /// The lease's own hint when the limiter gives one; else the whole window, the latest a sliding window can make a
    /// client wait (it does not say which of its steps frees a permit first).
    /// </summary>
    public static TimeSpan Of(RateLimitLease lease, RateLimit limit) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var hint) ? hint : limit.Window;

    public static void Refuse(HttpResponse response, TimeSpan wait)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers[HeaderNames.RetryAfter] = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }
}
