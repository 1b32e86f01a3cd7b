using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Tests.Unit;

/// <summary>
/// The guard's check and the store's write must not let an eviction fall between them: a page rendered before a
/// publish, checked just before the eviction and written just after it, would be served stale for the cache's hour.
/// bench/cluster met this under load (B kept the old page after a publish on A).
/// </summary>
public sealed class EvictionGuardedStoreTests
{
    [Fact]
    public async Task AnEvictionDuringAWriteStillRemovesThePageWritten()
    {
        var ct = TestContext.Current.CancellationToken;
        var inner = new PausingStore(NewMemoryStore());
        var evictions = new EvictionCount();
        var context = new DefaultHttpContext();
        var store = new EvictionGuardedStore(inner, evictions, new HttpContextAccessor { HttpContext = context });
        evictions.NoteStart(context);

        // The render began before the eviction and passes the guard's check; the write is still under way when the
        // eviction comes.
        var write = store.SetAsync("page", [1, 2, 3], ["content"], TimeSpan.FromHours(1), ct).AsTask();
        await inner.Writing.WaitAsync(TimeSpan.FromSeconds(10), ct);
        var evict = store.EvictByTagAsync("content", ct).AsTask();
        inner.Release();
        await Task.WhenAll(write, evict).WaitAsync(TimeSpan.FromSeconds(10), ct);

        Assert.Null(await store.GetAsync("page", ct));
    }

    [Fact]
    public async Task APageRenderedAfterTheLatestEvictionIsStored()
    {
        var ct = TestContext.Current.CancellationToken;
        var evictions = new EvictionCount();
        var context = new DefaultHttpContext();
        var store = new EvictionGuardedStore(NewMemoryStore(), evictions, new HttpContextAccessor { HttpContext = context });
        await store.EvictByTagAsync("content", ct);
        evictions.NoteStart(context);

        await store.SetAsync("page", [1], ["content"], TimeSpan.FromHours(1), ct);

        Assert.NotNull(await store.GetAsync("page", ct));
    }

    [Fact]
    public async Task APageRenderedBeforeAnEvictionIsNotStored()
    {
        var ct = TestContext.Current.CancellationToken;
        var evictions = new EvictionCount();
        var context = new DefaultHttpContext();
        var store = new EvictionGuardedStore(NewMemoryStore(), evictions, new HttpContextAccessor { HttpContext = context });
        evictions.NoteStart(context);
        await store.EvictByTagAsync("content", ct);

        await store.SetAsync("page", [1], ["content"], TimeSpan.FromHours(1), ct);

        Assert.Null(await store.GetAsync("page", ct));
    }

    private static IOutputCacheStore NewMemoryStore() =>
        new ServiceCollection().AddOptions().AddLogging().AddOutputCache().BuildServiceProvider().GetRequiredService<IOutputCacheStore>();

    /// <summary>A store whose writes wait until released, so that an eviction can be made to arrive mid-write.</summary>
    private sealed class PausingStore(IOutputCacheStore inner) : IOutputCacheStore
    {
        private readonly TaskCompletionSource _writing = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Writing => _writing.Task;

        public void Release() => _release.TrySetResult();

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            _writing.TrySetResult();
            await _release.Task.WaitAsync(cancellationToken);
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
    }
}
