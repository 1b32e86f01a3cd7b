using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Qujing.Web.Data;

namespace Qujing.Web.Caching;

/// <summary>
/// Gives public pages an ETag and Last-Modified from the time content was last published, so the output cache
/// answers a repeat visit with 304. Runs only when a page is rendered, not on cache hits.
/// </summary>
public sealed class ContentValidatorsFilter(QujingDbContext db) : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var published = await db.TheFeature.AsNoTracking().Select(f => (DateTimeOffset?)f.PublishedAt).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (published is { } at && context.HttpContext.Response.StatusCode == StatusCodes.Status200OK)
        {
            var headers = context.HttpContext.Response.GetTypedHeaders();
            headers.ETag = new EntityTagHeaderValue($"\"{at.UtcTicks:x}\"", isWeak: true);
            headers.LastModified = at;
        }

        await next();
    }
}
