namespace Qujing.Web.Infrastructure.Security;

/// <summary>
/// After the page cache: sets the security headers again just before a rendered response starts, because an error on
/// the way clears the response, headers and all, before the error page is written (<see cref="SecurityHeaders"/>).
/// </summary>
public sealed class SecurityHeadersOnRenders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(SecurityHeaders.ApplyOnStart, context.Response);
        return next(context);
    }
}
