using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Data;
using Qujing.Web.Features.Search;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// On a new database readers come in once the import is committed, while the search index is still being built; a
/// search, and the readiness check a load balancer asks, wait for the rest of start-up (decision 0032).
/// </summary>
public class FirstStartStagesTests
{
    [Fact]
    public async Task ReadersAreServedWhileTheSearchIndexIsBuiltAndASearchWaitsForIt()
    {
        var rebuild = new HeldRebuild();
        using var factory = new HeldIndexFactory(rebuild);
        var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        // The site was handed over at "readers may come in"; the index's rebuild has begun and is held.
        await rebuild.Started.WaitAsync(TimeSpan.FromSeconds(60), ct);
        var section = await client.GetAsync(new Uri("/sections/section-1", UriKind.Relative), ct);
        var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), ct);
        var search = client.GetAsync(new Uri("/search?q=%E5%85%9A%E5%BB%BA", UriKind.Relative), ct);
        var searchAnsweredEarly = await Task.WhenAny(search, Task.Delay(TimeSpan.FromSeconds(1), ct)) == search;

        Assert.Equal(HttpStatusCode.OK, section.StatusCode);
        Assert.Contains("<h1", await section.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.False(searchAnsweredEarly, "a search was answered before the search index was built");

        rebuild.Release();
        var results = await (await search).Content.ReadAsStringAsync(ct);
        Assert.Contains("class=\"result-title\"", results, StringComparison.Ordinal);
        Assert.DoesNotContain("没有找到", results, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), ct)).StatusCode);
    }

    /// <summary>Holds the search index's rebuild until the test lets it go.</summary>
    public sealed class HeldRebuild
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public Task WaitAsync()
        {
            _started.TrySetResult();
            return _released.Task;
        }

        public void Release() => _released.TrySetResult();
    }

    private sealed class HeldIndex(QujingDbContext db, HeldRebuild held) : SearchIndexWithRebuildHook(db)
    {
        public override async Task RebuildAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct)
        {
            await held.WaitAsync().WaitAsync(ct);
            await base.RebuildAsync(documents, ct);
        }
    }

    private sealed class HeldIndexFactory(HeldRebuild held) : QujingFactory(startsEmpty: true)
    {
        protected override bool WaitsForAllOfStartUp => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton(held).AddScoped<ISearchIndex, HeldIndex>());
        }
    }
}
