using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Qujing.Web.Infrastructure.Caching;

namespace Qujing.Web.Infrastructure.Compression;

/// <summary>
/// Chooses the encoding as the framework does (from <c>Accept-Encoding</c>, among the registered providers, which run at
/// the passing levels), and the level by whether the page cache will keep the response: what it keeps is compressed
/// once at the smallest setting, everything else at a fast one (<see cref="CompressionLevels"/>, decision 0015).
/// </summary>
public sealed class PageCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options) : IResponseCompressionProvider
{
    /// <summary>No encoding: what the page cache keys a client's entry by when it gets the body as it is.</summary>
    public const string Identity = "identity";

    private readonly ResponseCompressionProvider _negotiation = new(services, options);

    private readonly Dictionary<string, ICompressionProvider> _kept = new(StringComparer.OrdinalIgnoreCase)
    {
        ["br"] = new LeveledBrotli(CompressionLevels.KeptBrotli),
        ["gzip"] = new LeveledGzip(CompressionLevels.KeptGzip),
    };

    /// <summary>Asked when the response starts, so its status and cookies are known, as they are to the page cache.</summary>
    public ICompressionProvider? GetCompressionProvider(HttpContext context)
    {
        var passing = _negotiation.GetCompressionProvider(context);
        return passing is not null && PublicPagePolicy.WillStore(context) && _kept.TryGetValue(passing.EncodingName, out var kept) ? kept : passing;
    }

    /// <summary>
    /// The encoding this request's response will have, or <see cref="Identity"/>: the page cache's key, so that clients
    /// sending different <c>Accept-Encoding</c> headers that come to the same encoding share one entry.
    /// </summary>
    public string EncodingFor(HttpContext context) =>
        _negotiation.CheckRequestAcceptsCompression(context) && _negotiation.GetCompressionProvider(context) is { } provider
            ? provider.EncodingName
            : Identity;

    public bool ShouldCompressResponse(HttpContext context) => _negotiation.ShouldCompressResponse(context);

    public bool CheckRequestAcceptsCompression(HttpContext context) => _negotiation.CheckRequestAcceptsCompression(context);
}
