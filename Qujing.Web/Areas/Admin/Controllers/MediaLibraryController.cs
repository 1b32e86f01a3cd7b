using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Qujing.Web.Areas.Admin.Models;
using Qujing.Web.Features.Media;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>The media library (媒体库): upload photos, describe them, delete those nothing shows (decision 0025).</summary>
[Route("admin/media")]
public class MediaLibraryController(MediaLibrary library, ImageProcessingGate processing, IOptions<MediaOptions> options) : AdminController
{
    private const string Views = "~/Areas/Admin/Views/Media/";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(Views + "Index.cshtml", await PageAsync(new MediaDetails(), ct));

    /// <summary>
    /// The request may carry more than the configured limit (up to <see cref="MediaLimits.MaxRequestBytes"/>), so a file
    /// that is too big gets a field message with the words kept, not the server's 413.
    /// </summary>
    [HttpPost("")]
    [RequestSizeLimit(MediaLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MediaLimits.MaxRequestBytes)]
    public async Task<IActionResult> Upload([Bind(Prefix = "Upload")] MediaDetails details, IFormFile? file, CancellationToken ct)
    {
        var max = options.Value.MaxUploadBytes;
        ProcessedImage? image = null;
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "请选择要上传的图片文件。");
        }
        else if (file.Length > max)
        {
            ModelState.AddModelError("file", $"图片文件过大（{Megabytes(file.Length)}），最大 {Megabytes(max)}。请先压缩或缩小后再上传。");
        }
        else
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            image = await processing.ProcessAsync(buffer.ToArray(), ct);
            if (image.Error is { } error)
            {
                ModelState.AddModelError("file", error);
            }
        }

        if (!ModelState.IsValid || image is null)
        {
            var form = View(Views + "Index.cshtml", await PageAsync(details, ct));
            form.StatusCode = StatusCodes.Status400BadRequest;
            return form;
        }

        var item = await library.AddAsync(image, Path.GetFileName(file!.FileName), details, UserName, ct);
        TempData["Notice"] = $"已上传：{item.Alt}（{item.Width}×{item.Height}）。在正文中引用请复制它的 Markdown。";
        return Redirect("/admin/media");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await library.FindAsync(id, ct) is { } item
            ? View(Views + "Edit.cshtml", new MediaEditPage(MediaImage.Of(item), item.FileName, new MediaDetails { Alt = item.Alt, Caption = item.Caption, Credit = item.Credit }, await library.UsesAsync(id, ct)))
            : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Details")] MediaDetails details, CancellationToken ct)
    {
        if (await library.FindAsync(id, ct) is not { } item)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            var form = View(Views + "Edit.cshtml", new MediaEditPage(MediaImage.Of(item), item.FileName, details, await library.UsesAsync(id, ct)));
            form.StatusCode = StatusCodes.Status400BadRequest;
            return form;
        }

        await library.UpdateAsync(item, details, UserName, ct);
        TempData["Notice"] = "图片说明已保存。";
        return Redirect($"/admin/media/{id}");
    }

    /// <summary>Refused while anything uses the photo (a published page, a draft, an autosaved form): deleting it would leave a gap.</summary>
    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        if (await library.FindAsync(id, ct) is not { } item)
        {
            return NotFound();
        }

        var outcome = await library.DeleteAsync(item, UserName, ct);
        if (!outcome.Deleted)
        {
            ModelState.AddModelError("", outcome.Failure ?? $"这张图片正在使用中（{string.Join("、", outcome.Uses)}），不能删除。请先在这些地方移除它。");
            var page = View(Views + "Edit.cshtml", new MediaEditPage(MediaImage.Of(item), item.FileName, new MediaDetails { Alt = item.Alt, Caption = item.Caption, Credit = item.Credit }, outcome.Uses));
            page.StatusCode = outcome.Failure is null ? StatusCodes.Status409Conflict : StatusCodes.Status503ServiceUnavailable;
            return page;
        }

        TempData["Notice"] = $"已删除图片：{item.Alt}";
        return Redirect("/admin/media");
    }

    private async Task<MediaLibraryPage> PageAsync(MediaDetails upload, CancellationToken ct) =>
        new([.. (await library.ListAsync(ct)).Select(MediaImage.Of)], upload, options.Value.MaxUploadBytes);

    /// <summary>"10 MB" with a no-break space, so a narrow screen never puts the unit on a line of its own.</summary>
    private static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.#}\u00A0MB";
}
