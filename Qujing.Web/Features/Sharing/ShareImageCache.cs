using Microsoft.Extensions.Caching.Memory;

namespace Qujing.Web.Features.Sharing;

/// <summary>
/// Drawn cards by version. Only a cache: a card is a pure function of its text and colour, so another instance, or
/// this one after a restart, draws the same bytes again. A few dozen cards at most are kept.
/// </summary>
public sealed class ShareImageCache : IDisposable
{
    private readonly MemoryCache _cards = new(new MemoryCacheOptions { SizeLimit = 64 });

    public byte[] Get(ShareCard card) => _cards.GetOrCreate(card.Version, entry =>
    {
        entry.Size = 1;
        return ShareImageRenderer.Render(card);
    })!;

    public void Dispose() => _cards.Dispose();
}
