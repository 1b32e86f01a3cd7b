using Microsoft.Extensions.Primitives;

namespace Qujing.Web.Infrastructure.Security;

/// <summary>
/// The headers every response carries. They are added just before the headers are sent, so error pages (whose
/// response is cleared and re-executed) and page-cache hits carry them as well as rendered pages.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>Only the site's own files: no inline script or style, no eval, no other host, no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Browser features the site never uses, switched off for it and anything it could be tricked into embedding.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), " +
        "microphone=(), midi=(), payment=(), usb=(), browsing-topics=()";

    private static readonly StringValues Csp = ContentSecurityPolicy;
    private static readonly StringValues Permissions = PermissionsPolicy;
    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues Referrer = "strict-origin-when-cross-origin";
    private static readonly StringValues Deny = "DENY";
    private static readonly StringValues SameOrigin = "same-origin";

    private static readonly Func<object, Task> Apply = state =>
    {
        var headers = ((HttpResponse)state).Headers;
        headers.ContentSecurityPolicy = Csp;
        headers.XContentTypeOptions = NoSniff;
        headers["Referrer-Policy"] = Referrer;
        headers["Permissions-Policy"] = Permissions;
        headers.XFrameOptions = Deny; // for browsers older than frame-ancestors
        headers["Cross-Origin-Opener-Policy"] = SameOrigin;
        return Task.CompletedTask;
    };

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(Apply, context.Response);
        return next(context);
    }
}
