using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Qujing.Web.Data;

namespace Qujing.Web.Photos;

/// <summary>
/// Serves the library's photos from the database, so every instance answers the same (decision 0025). An address with
/// the current hash never changes its bytes and is cached for a year; an old or missing hash gets today's bytes for an
/// hour. Not a page: outside the page cache.
/// </summary>
public class MediaController(QujingDbContext db) : Controller
{
    private static readonly Dictionary<string, string> Types = new() { ["webp"] = "image/webp", ["jpg"] = "image/jpeg" };

    [HttpGet("/media/{id:int}/{width:int}.{format:regex(^(webp|jpg)$)}")]
    public async Task<IActionResult> Variant(int id, int width, string format, string? v, CancellationToken ct)
    {
        var hash = await db.MediaItems.AsNoTracking().Where(m => m.Id == id).Select(m => m.Hash).SingleOrDefaultAsync(ct);
        if (hash is null)
        {
            return NotFound();
        }

        var etag = new EntityTagHeaderValue($"\"{hash}-{width}-{format}\"");
        var current = v == hash;
        Response.GetTypedHeaders().CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = current ? TimeSpan.FromDays(365) : TimeSpan.FromHours(1) };
        if (current)
        {
            Response.Headers.CacheControl += ", immutable";
        }

        if (Request.GetTypedHeaders().IfNoneMatch.Any(e => e.Compare(etag, useStrongComparison: false)))
        {
            Response.Headers.ETag = etag.ToString();
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var bytes = await db.MediaVariants.AsNoTracking().Where(x => x.MediaItemId == id && x.Width == width && x.Format == format).Select(x => x.Bytes).SingleOrDefaultAsync(ct);
        if (bytes is null)
        {
            Response.Headers.Remove(HeaderNames.CacheControl);
            return NotFound();
        }

        return File(bytes, Types[format], lastModified: null, etag);
    }
}
