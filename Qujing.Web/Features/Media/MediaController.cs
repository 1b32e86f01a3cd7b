using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Qujing.Web.Data;

namespace Qujing.Web.Features.Media;

/// <summary>
/// Serves the library's photos from the database, so every instance answers the same (decision 0025). The address's
/// <c>v</c> must be the photo's hash: it is the part of the address nobody can count to, so a photo uploaded but not yet
/// in any published page stays unseen (an id alone answers 404). Such an address never changes its bytes and is cached
/// for a year. Not a page: outside the page cache; counted against <c>RateLimits:Media</c>.
/// </summary>
public class MediaController(QujingDbContext db) : Controller
{
    private static readonly Dictionary<string, string> Types = new() { ["webp"] = "image/webp", ["jpg"] = "image/jpeg" };

    [HttpGet("/media/{id:int}/{width:int}.{format:regex(^(webp|jpg)$)}")]
    public async Task<IActionResult> Variant(int id, int width, string format, string? v, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(v) || v.Length > 64)
        {
            return NotFound();
        }

        var hash = await db.MediaItems.AsNoTracking().Where(m => m.Id == id).Select(m => m.Hash).SingleOrDefaultAsync(ct);
        if (!string.Equals(hash, v, StringComparison.Ordinal))
        {
            return NotFound();
        }

        var etag = new EntityTagHeaderValue($"\"{hash}-{width}-{format}\"");
        if (Request.GetTypedHeaders().IfNoneMatch.Any(e => e.Compare(etag, useStrongComparison: false)))
        {
            Immutable();
            Response.Headers.ETag = etag.ToString();
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var bytes = await db.MediaVariants.AsNoTracking().Where(x => x.MediaItemId == id && x.Width == width && x.Format == format).Select(x => x.Bytes).SingleOrDefaultAsync(ct);
        if (bytes is null)
        {
            return NotFound();
        }

        Immutable();
        return File(bytes, Types[format], lastModified: null, etag);
    }

    private void Immutable()
    {
        Response.GetTypedHeaders().CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromDays(365) };
        Response.Headers.CacheControl += ", immutable";
    }
}
