namespace Qujing.Web.Infrastructure.Caching;

/// <summary>
/// How many evictions the page cache has seen, and when (in that count) a request began: shared by the policy, which
/// notes the start of every cacheable request, and <see cref="EvictionGuardedStore"/>, which counts and checks.
/// </summary>
public sealed class EvictionCount
{
    private const string BeganAtKey = "qujing.page-cache.began-at";
    private long _evictions;

    public void NoteStart(HttpContext context) => context.Items[BeganAtKey] = Interlocked.Read(ref _evictions);

    public void Increment() => Interlocked.Increment(ref _evictions);

    /// <summary>True when an eviction happened after <paramref name="context"/>'s request began.</summary>
    public bool EvictedSince(HttpContext? context) =>
        context?.Items[BeganAtKey] is long began && began != Interlocked.Read(ref _evictions);
}
