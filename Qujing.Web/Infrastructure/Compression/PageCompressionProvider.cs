using System.Collections.Concurrent;
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

    // The encoding chosen for each Accept-Encoding value met so far: the page cache asks on every request, hits included,
    // and browsers send a handful of distinct values, so the header is parsed once per value rather than per request
    // (bench/run's cached rows, decision 0030). Values a client makes up are not kept past a few dozen, nor long ones.
    private const int MaxRemembered = 64;
    private const int MaxRememberedLength = 200;
    private readonly ConcurrentDictionary<string, string> _chosen = new(StringComparer.Ordinal);

    /// <summary>
    /// The encoding this request's response will have, or <see cref="Identity"/>: the page cache's key, so that clients
    /// sending different <c>Accept-Encoding</c> headers that come to the same encoding share one entry.
    /// </summary>
    public string EncodingFor(HttpContext context)
    {
        // One header line is what browsers send; none or several are answered afresh (the framework joins several).
        if (context.Request.Headers.AcceptEncoding is not [{ Length: <= MaxRememberedLength } value])
        {
            return Negotiate(context);
        }

        if (_chosen.TryGetValue(value, out var known))
        {
            return known;
        }

        var chosen = Negotiate(context);
        if (_chosen.Count < MaxRemembered)
        {
            _chosen.TryAdd(value, chosen);
        }

        return chosen;
    }

    private string Negotiate(HttpContext context) =>
        _negotiation.CheckRequestAcceptsCompression(context) && _negotiation.GetCompressionProvider(context) is { } provider
            ? provider.EncodingName
            : Identity;

    public bool ShouldCompressResponse(HttpContext context) => _negotiation.ShouldCompressResponse(context);

    public bool CheckRequestAcceptsCompression(HttpContext context) => _negotiation.CheckRequestAcceptsCompression(context);
}
