using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Qujing.Web.Infrastructure.Compression;

/// <summary>Brotli at a quality of our choosing (the framework's provider knows only three named levels).</summary>
public sealed class LeveledBrotli(int quality) : ICompressionProvider
{
    public int Quality => quality;

    public string EncodingName => "br";

    public bool SupportsFlush => true;

    public Stream CreateStream(Stream outputStream) =>
        new BrotliStream(outputStream, new BrotliCompressionOptions { Quality = quality }, leaveOpen: true);
}
