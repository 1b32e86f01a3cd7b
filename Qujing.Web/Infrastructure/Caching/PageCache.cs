using Microsoft.AspNetCore.OutputCaching;

namespace Qujing.Web.Infrastructure.Caching;

/// <summary>Evicts cached public pages. Through <see cref="IOutputCacheStore"/>, so a shared store evicts for every instance.</summary>
public sealed class PageCache(IOutputCacheStore store, ILogger<PageCache> logger)
{
    public async Task EvictAsync(IEnumerable<string> tags, CancellationToken ct)
    {
        foreach (var tag in tags.Distinct())
        {
            await store.EvictByTagAsync(tag, ct);
            logger.LogInformation("Evicted cached pages tagged {Tag}", tag);
        }
    }

    /// <summary>Everything: after an import or any change whose reach is not known precisely.</summary>
    public Task EvictAllAsync(CancellationToken ct) => EvictAsync([CacheTags.Content], ct);
}
