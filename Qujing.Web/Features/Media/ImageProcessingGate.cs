using Microsoft.Extensions.Options;

namespace Qujing.Web.Features.Media;

/// <summary>
/// Lets at most <see cref="MediaOptions.MaxConcurrentProcessing"/> uploads decode and resize at once in this process:
/// one large photo takes some hundred megabytes and a core while it is processed. Throttling only, so it rightly lives
/// in memory: each instance guards its own.
/// </summary>
public sealed class ImageProcessingGate(IOptions<MediaOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentProcessing);

    /// <summary>The processed photo; refused with a message when others kept the gate busy for longer than the wait allows.</summary>
    public async Task<ProcessedImage> ProcessAsync(byte[] bytes, CancellationToken ct)
    {
        if (!await _slots.WaitAsync(TimeSpan.FromSeconds(options.Value.ProcessingWaitSeconds), ct))
        {
            return ProcessedImage.Refused("服务器正在处理其他图片，请稍后再上传。您填写的文字已保留。");
        }

        try
        {
            return ImageProcessor.Process(bytes);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
