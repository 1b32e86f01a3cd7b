using Microsoft.AspNetCore.Http.Features;

namespace Qujing.Web.Infrastructure.Security;

/// <summary>
/// HEAD is answered as GET without a body (RFC 9110 §9.3.2), for every address: the page cache, routing and the
/// validators all see a GET, and what the page writes goes nowhere. Kestrel would drop the body of a HEAD response
/// by itself; discarding it here keeps the behaviour the same on any server.
/// </summary>
public sealed class HeadAsGet(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Request.Method = HttpMethods.Get;
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
        }

        return next(context);
    }
}
