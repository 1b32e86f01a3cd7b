using Microsoft.Extensions.Options;
using Qujing.Web.Data.Seeding;
using Qujing.Web.Import;

namespace Qujing.Web.Features.Corrections;

/// <summary>Reads the editors' corrections file (<see cref="ContentOptions.Corrections"/>) for an import or a re-import.</summary>
public sealed class CorrectionSource(IOptions<ContentOptions> options, IWebHostEnvironment env, ILogger<CorrectionSource> logger)
{
    /// <summary>Far more than a file of corrections needs; a bigger one is refused, not read into memory.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The full path of the corrections file, or null when corrections are turned off.</summary>
    public string? FilePath => options.Value.Corrections is { Length: > 0 } name
        ? Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.Directory, name))
        : null;

    /// <summary>
    /// The file parsed. No file means no corrections; a file that cannot be used is one problem for the report, and the
    /// import goes on with the text as cleaned — a slip in this file must never stop the site from starting.
    /// </summary>
    public async Task<CorrectionFile> ReadAsync(CancellationToken ct)
    {
        if (FilePath is not { } path || !File.Exists(path))
        {
            logger.LogInformation("No corrections file ({Path}); the text is imported as cleaned", FilePath ?? "turned off");
            return CorrectionFile.None;
        }

        try
        {
            if (new FileInfo(path).Length > MaxBytes)
            {
                return Refused(path, $"更正文件超过 {MaxBytes / 1024} KB，没有应用任何更正。");
            }

            return SourceText.TryDecode(await File.ReadAllBytesAsync(path, ct)) is { } text
                ? CorrectionParser.Parse(text)
                : Refused(path, "更正文件不是 UTF-8 编码的文本，没有应用任何更正。请另存为 UTF-8。");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(path, $"更正文件无法读取（{e.Message}），没有应用任何更正。");
        }
    }

    private CorrectionFile Refused(string path, string message)
    {
        logger.LogWarning("Corrections file {Path} not used: {Message}", path, message);
        return CorrectionFile.None with { Problems = [new(0, message)] };
    }
}
