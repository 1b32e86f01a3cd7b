using Microsoft.AspNetCore.OutputCaching;

namespace Qujing.Web.Infrastructure.Caching;

/// <summary>
/// The page cache's store, made safe against the one race an output cache has: a page rendered from the database as it
/// was before a publish, and stored just after that publish's eviction, would be served stale until its lifetime ends
/// (an hour). Every eviction moves a counter on; each cacheable request notes the counter when it begins
/// (<see cref="PublicPagePolicy"/>), and a response whose request began before the latest eviction is not stored — the
/// next reader gets a fresh render. Evictions are rare (publishes, imports), so the cost is a few renders, not hits.
/// Found with bench/cluster, whose reader polls instance B without pause while A publishes.
/// </summary>
public sealed class EvictionGuardedStore(IOutputCacheStore inner, EvictionCount evictions, IHttpContextAccessor http) : IOutputCacheStore, IDisposable
{
    // The check and the write are one step against an eviction, or an eviction falling between them (the writing
    // thread preempted on a loaded machine) would find nothing to evict and the old page would be written after it.
    // Only writes and evictions take it: hits (GetAsync) never wait, and writes happen on misses only.
    private readonly SemaphoreSlim _writeOrEvict = new(1, 1);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await _writeOrEvict.WaitAsync(cancellationToken);
        try
        {
            // First the counter, then the entries: a request that began before this point and is stored after it is refused.
            evictions.Increment();
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        finally
        {
            _writeOrEvict.Release();
        }
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        await _writeOrEvict.WaitAsync(cancellationToken);
        try
        {
            if (!evictions.EvictedSince(http.HttpContext))
            {
                await inner.SetAsync(key, value, tags, validFor, cancellationToken);
            }
        }
        finally
        {
            _writeOrEvict.Release();
        }
    }

    public void Dispose() => _writeOrEvict.Dispose();
}
