using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Data;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Tests.Integration;

/// <summary>A page's ETag and Last-Modified describe its body, never a newer publish; browsers are told to revalidate.</summary>
public sealed class ValidatorsTests(SiteFixture site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APublishDuringRenderingDoesNotGiveTheOldBodyTheNewValidators()
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QujingDbContext>();
        var before = await db.TheFeature.AsNoTracking().Select(f => f.PublishedAt).FirstAsync(Ct);
        var filter = new ContentValidatorsFilter(new ContentVersion(db));
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var action = new ActionContext(http, new RouteData(), new ActionDescriptor());
        var result = new ViewResult();

        // The action reads the content of publish n; publish n+1 commits before the page is written.
        Task<ActionExecutedContext> RunActionAsync() => db.Features.ExecuteUpdateAsync(s => s.SetProperty(f => f.PublishedAt, before.AddMinutes(5)), Ct)
            .ContinueWith(_ => new ActionExecutedContext(action, [], new object()) { Result = result }, Ct, TaskContinuationOptions.None, TaskScheduler.Default);
        try
        {
            if ((object)filter is IAsyncActionFilter actionFilter)
            {
                await actionFilter.OnActionExecutionAsync(new ActionExecutingContext(action, [], new Dictionary<string, object?>(), new object()), RunActionAsync);
            }
            else
            {
                await RunActionAsync();
            }

            await ((IAsyncResultFilter)filter).OnResultExecutionAsync(new ResultExecutingContext(action, [], result, new object()), () =>
                Task.FromResult(new ResultExecutedContext(action, [], result, new object())));

            Assert.Equal($"W/\"{before.UtcTicks:x}\"", http.Response.Headers.ETag.ToString());
        }
        finally
        {
            await db.Features.ExecuteUpdateAsync(s => s.SetProperty(f => f.PublishedAt, before), Ct);
        }
    }

    [Fact]
    public async Task PublicPagesTellBrowsersToRevalidate()
    {
        foreach (var url in new[] { "/", "/sections/section-1", "/search?q=党建", "/feed.xml" })
        {
            var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative), Ct);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoCache, $"{url}: {response.Headers.CacheControl}");
            Assert.NotNull(response.Headers.ETag);
        }
    }
}
