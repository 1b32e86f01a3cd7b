namespace Qujing.Web.Infrastructure.RateLimiting;

/// <summary>
/// The rate limits (section "RateLimits", e.g. <c>RateLimits:Login:PermitLimit</c>). Counters are kept in each
/// instance's memory: behind a load balancer every instance allows this much. Account lockout, which is in the
/// database, is shared.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>
    /// Login attempts (POST /admin/login) from one client address: 4 a minute, below Identity's five failures that lock
    /// an account, so that one address cannot lock an account out in a burst.
    /// </summary>
    public RateLimit Login { get; set; } = new() { PermitLimit = 4, WindowSeconds = 60 };

    /// <summary>Login attempts naming one user (from any address): 10 in 10 minutes.</summary>
    public RateLimit LoginName { get; set; } = new() { PermitLimit = 10, WindowSeconds = 600 };

    /// <summary>
    /// Searches (/search) from one client address that reach the site: 120 a minute. Repeated queries are answered by the
    /// page cache before they count.
    /// </summary>
    public RateLimit Search { get; set; } = new() { PermitLimit = 120, WindowSeconds = 60 };

    /// <summary>Posts to the admin area by one signed-in account: 60 a minute.</summary>
    public RateLimit AdminPost { get; set; } = new() { PermitLimit = 60, WindowSeconds = 60 };

    /// <summary>The edit page's live preview and autosave (/admin/drafting…) by one account: 120 a minute, apart from <see cref="AdminPost"/>.</summary>
    public RateLimit Drafting { get; set; } = new() { PermitLimit = 120, WindowSeconds = 60 };

    /// <summary>
    /// The edit page's presence heartbeats and "left" beacons (/admin/presence…) by one account: 20 a minute, apart from
    /// <see cref="AdminPost"/>. A page beats every 30 s while visible, so two tabs use 4 and the rest is for tabs shown again.
    /// </summary>
    public RateLimit Presence { get; set; } = new() { PermitLimit = 20, WindowSeconds = 60 };

    /// <summary>
    /// Photo requests (/media/…) from one client address that reach the site: 600 a minute, far above a reader's pages
    /// (each photo is one request, then cached for a year), far below what guessing addresses would need.
    /// </summary>
    public RateLimit Media { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };

    /// <summary>Re-import posts (/admin/import…) by one account, each parsing a whole article: 10 in 10 minutes.</summary>
    public RateLimit Reimport { get; set; } = new() { PermitLimit = 10, WindowSeconds = 600 };
}
