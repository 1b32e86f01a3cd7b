using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace Qujing.Web.Infrastructure.Caching;

/// <summary>
/// Gives public pages an ETag and Last-Modified from the time content was last changed, so a repeat visit gets a 304,
/// and <c>Cache-Control: no-cache</c>, so browsers (and shared caches) always ask before reusing a page. The time is
/// read before the action reads the content: a publish landing in between leaves the page with validators older than
/// its body (the next visit revalidates and gets the page again), never newer (which would earn stale text a 304).
/// Runs only when a page is rendered; the page cache stores the headers with the body.
/// </summary>
public sealed class ContentValidatorsFilter(ContentVersion version) : IAsyncActionFilter, IAsyncResultFilter
{
    private DateTimeOffset? _changedAt;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        _changedAt = await version.ReadAsync(context.HttpContext.RequestAborted);
        await next();
    }

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (_changedAt is { } at && context.HttpContext.Response.StatusCode == StatusCodes.Status200OK)
        {
            var headers = context.HttpContext.Response.GetTypedHeaders();
            headers.ETag = new EntityTagHeaderValue($"\"{at.UtcTicks:x}\"", isWeak: true);
            headers.LastModified = at;
            headers.CacheControl = new CacheControlHeaderValue { Public = true, NoCache = true };
        }

        await next();
    }
}
