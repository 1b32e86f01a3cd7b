using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Infrastructure.RateLimiting;

/// <summary>
/// Login attempts naming one user, from whatever address (<see cref="RateLimitOptions.LoginName"/>). The name is only
/// known once the form is read, so the login action asks here, after the per-address limit and the form's checks.
/// </summary>
public sealed class LoginNameThrottle(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetSlidingWindowLimiter(name, _ => options.Value.LoginName.ToLimiterOptions()));

    /// <summary>Counts an attempt; false, with how long to wait, when the name is over its limit.</summary>
    public bool TryAcquire(string userName, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(Key(userName));
        retryAfter = lease.IsAcquired ? TimeSpan.Zero : RetryAfter.Of(lease, options.Value.LoginName);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();

    /// <summary>
    /// Identity's own normalisation (so "Chief" and "chief" share a budget), of at most as many characters as a user name
    /// may have: whatever is posted, a key stays small.
    /// </summary>
    private static string Key(string userName)
    {
        var name = userName.Length > AccountLimits.MaxUserNameLength ? userName[..AccountLimits.MaxUserNameLength] : userName;
        return name.Normalize().ToUpperInvariant();
    }
}
