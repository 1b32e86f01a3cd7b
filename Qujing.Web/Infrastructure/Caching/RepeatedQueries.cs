namespace Qujing.Web.Infrastructure.Caching;

/// <summary>
/// Which search queries were asked recently, in a fixed 16 KB: the page cache keeps a query's results from its second
/// request on. A query asked once (most of them, and every one a cache-buster makes up) is neither stored nor compressed
/// at the slow setting, so it cannot fill memory or cost more CPU than rendering it did (decision 0015).
/// </summary>
public sealed class RepeatedQueries
{
    /// <summary>A power of two. Two queries sharing a slot push each other out: each is then treated as new again.</summary>
    private const int Slots = 4096;

    private readonly int[] _seen = new int[Slots];

    /// <summary>True when this exact query was asked before; remembers it either way.</summary>
    /// <remarks>The hash is the process's randomised string hash, so nobody can pick queries that collide on purpose.</remarks>
    public bool SeenBefore(string query)
    {
        var hash = StringComparer.Ordinal.GetHashCode(query) | 1; // 0 marks an empty slot
        ref var slot = ref _seen[(hash >>> 1) & (Slots - 1)];
        if (Volatile.Read(ref slot) == hash)
        {
            return true;
        }

        Volatile.Write(ref slot, hash);
        return false;
    }
}
