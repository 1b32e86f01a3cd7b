using System.Threading.RateLimiting;

namespace Qujing.Web.Infrastructure.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests in any <see cref="WindowSeconds"/> seconds (a sliding window).</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; }

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);

    /// <summary>
    /// A window sliding in six steps: unlike a fixed window, it lets no burst of twice the limit through across a window
    /// boundary. No queue: a request over the limit is refused at once.
    /// </summary>
    public SlidingWindowRateLimiterOptions ToLimiterOptions() => new()
    {
        PermitLimit = PermitLimit,
        Window = Window,
        SegmentsPerWindow = 6,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
