using System.Diagnostics;
using System.IO.Compression;

// Usage: CompressionLevels FILE...
// For each page and each level: compressed bytes and CPU time per compression (process CPU time over many repetitions,
// so other load on the machine does not count), compressing as the response compression middleware does: a stream,
// written in the chunks a view writes, flushed once, then closed.
var pages = args.Select(p => (Name: Path.GetFileName(p), Bytes: File.ReadAllBytes(p))).ToList();
var levels = new List<(string Name, Func<Stream, Stream> Open)>();
for (var q = 0; q <= 11; q++)
{
    var quality = q;
    levels.Add(($"br {q}", s => new BrotliStream(s, new BrotliCompressionOptions { Quality = quality }, leaveOpen: true)));
}

for (var l = 1; l <= 9; l++)
{
    var level = l;
    levels.Add(($"gzip {l}", s => new GZipStream(s, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true)));
}

string Short(string name) => Path.GetFileNameWithoutExtension(name) is var n && n.Length > 8 ? n[..8] : Path.GetFileNameWithoutExtension(name);
Console.WriteLine($"{"level",-8}{string.Concat(pages.Select(p => $"{Short(p.Name),9}"))}{"total",9}{"µs/page",9}");
Console.WriteLine($"{"raw",-8}{string.Concat(pages.Select(p => $"{p.Bytes.Length,9}"))}{pages.Sum(p => p.Bytes.Length),9}");
foreach (var (name, open) in levels)
{
    var sizes = pages.Select(p => Compress(p.Bytes, open)).ToList();
    var micros = pages.Average(p => MicrosPerRun(p.Bytes, open));
    Console.WriteLine($"{name,-8}{string.Concat(sizes.Select(b => $"{b,9}"))}{sizes.Sum(),9}{micros,9:F0}");
}

static int Compress(byte[] page, Func<Stream, Stream> open)
{
    using var output = new MemoryStream();
    using (var stream = open(output))
    {
        // A view writes in pieces of a few kilobytes; the middleware flushes once at the end of the body.
        for (var at = 0; at < page.Length; at += 4096)
        {
            stream.Write(page, at, Math.Min(4096, page.Length - at));
        }

        stream.Flush();
    }

    return (int)output.Length;
}

static double MicrosPerRun(byte[] page, Func<Stream, Stream> open)
{
    // Enough runs for about 200 ms of work, at least 20.
    Compress(page, open);
    var probe = Stopwatch.StartNew();
    Compress(page, open);
    var runs = Math.Max(20, (int)(0.2 / Math.Max(probe.Elapsed.TotalSeconds, 1e-6)));
    var before = Process.GetCurrentProcess().TotalProcessorTime;
    for (var i = 0; i < runs; i++)
    {
        Compress(page, open);
    }

    return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMicroseconds / runs;
}
