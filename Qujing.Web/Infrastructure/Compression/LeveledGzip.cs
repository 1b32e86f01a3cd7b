using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Qujing.Web.Infrastructure.Compression;

/// <summary>gzip at a zlib level of our choosing (the framework's provider knows only three named levels).</summary>
public sealed class LeveledGzip(int level) : ICompressionProvider
{
    public int Level => level;

    public string EncodingName => "gzip";

    public bool SupportsFlush => true;

    public Stream CreateStream(Stream outputStream) =>
        new GZipStream(outputStream, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true);
}
