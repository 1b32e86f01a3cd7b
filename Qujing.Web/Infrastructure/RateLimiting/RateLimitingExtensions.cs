using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Qujing.Web.Infrastructure.RateLimiting;

public static class RateLimitingExtensions
{
    /// <summary>
    /// The framework's rate limiter with the site's limits (<see cref="RequestLimits"/>, configured in "RateLimits"), and
    /// the per-user-name login throttle. Program.cs adds <c>UseRateLimiter()</c> after authorisation, so that admin posts
    /// are counted per account.
    /// </summary>
    public static IServiceCollection AddQujingRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits")
            .Validate(o => new[] { o.Login, o.LoginName, o.Search, o.AdminPost, o.Drafting, o.Presence, o.Reimport, o.Media }.All(l => l.PermitLimit > 0 && l.WindowSeconds > 0),
                "Every RateLimits:…:PermitLimit and WindowSeconds must be above zero.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) =>
        {
            o.GlobalLimiter = RequestLimits.Create(limits.Value);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var limit = RequestLimits.LimitOf(context.HttpContext, limits.Value);
                RetryAfter.Refuse(context.HttpContext.Response, limit is null ? TimeSpan.FromMinutes(1) : RetryAfter.Of(context.Lease, limit));
                return ValueTask.CompletedTask;
            };
        });
        services.AddSingleton<LoginNameThrottle>();
        return services;
    }
}
