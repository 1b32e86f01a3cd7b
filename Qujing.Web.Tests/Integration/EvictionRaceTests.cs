using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// A reader's page that read the database before a publish and is stored after the publish's eviction must not stay in
/// the cache: it would be served stale for an hour (found by bench/cluster, where instance B is polled while A publishes).
/// </summary>
public sealed class EvictionRaceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APageRenderedBeforeAnEvictionIsNotStoredAfterIt()
    {
        var hold = new HoldAfterAction();
        using var factory = new HoldingFactory(hold);
        var client = factory.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/sections/section-2");
        request.Headers.Add(HoldAfterAction.Header, "1");
        var inFlight = client.SendAsync(request, Ct);
        await hold.Reached.Task.WaitAsync(TimeSpan.FromSeconds(60), Ct); // the page has read the section, not yet rendered

        // A publish meanwhile: the new text is committed, then the cached pages are evicted.
        factory.Query(db => db.Database.ExecuteSqlRaw("UPDATE \"Sections\" SET \"Heading\" = '发布之后的标题' WHERE \"Position\" = 2"));
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<PageCache>().EvictAllAsync(Ct);
        }

        hold.Release.SetResult();
        Assert.NotEqual("发布之后的标题", Heading(await (await inFlight).Content.ReadAsStringAsync(Ct))); // read before the publish

        Assert.Equal("发布之后的标题", Heading(await client.GetStringAsync(new Uri("/sections/section-2", UriKind.Relative), Ct)));
    }

    /// <summary>The page's own heading (the navigation around it is read while the view renders, so it is newer).</summary>
    private static string Heading(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("h1")!.ChildNodes.Last().TextContent.Trim();

    /// <summary>Holds a request that carries <see cref="Header"/> after its action ran, before its view renders.</summary>
    private sealed class HoldAfterAction : IAsyncResultFilter
    {
        public const string Header = "X-Test-Hold";

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
        {
            if (context.HttpContext.Request.Headers.ContainsKey(Header))
            {
                Reached.TrySetResult();
                await Release.Task;
            }

            await next();
        }
    }

    private sealed class HoldingFactory(HoldAfterAction hold) : QujingFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Configure<MvcOptions>(o => o.Filters.Add(hold)));
        }
    }
}
