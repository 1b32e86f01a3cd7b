using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Qujing.Web.Data;

namespace Qujing.Web.Features.Sharing;

/// <summary>Share images and icons, drawn by the site (decision 0021). Not a page: no output cache, no content validators.</summary>
public class ShareController(QujingDbContext db, ShareImageCache cards) : Controller
{
    private static readonly TimeSpan IconLifetime = TimeSpan.FromDays(7);

    [HttpGet("/share.png")]
    public async Task<IActionResult> Feature(string? v, CancellationToken ct) =>
        Card(ShareCards.Feature(await FeatureTitleAsync(ct)), v);

    [HttpGet("/sections/{slug}/share.png")]
    public async Task<IActionResult> Section(string slug, string? v, CancellationToken ct)
    {
        var section = await db.Sections.AsNoTracking().Where(s => s.Slug == slug).Select(s => new { s.Heading, s.Position }).FirstOrDefaultAsync(ct);
        return section is null ? NotFound() : Card(ShareCards.Section(section.Heading, section.Position, await FeatureTitleAsync(ct)), v);
    }

    [HttpGet("/favicon.ico")]
    public IActionResult FaviconIco() => Icon(IconRenderer.FaviconIco, "image/x-icon");

    [HttpGet("/apple-touch-icon.png")]
    public IActionResult AppleTouchIcon() => Icon(IconRenderer.AppleTouchIcon, "image/png");

    [HttpGet("/favicon.svg")]
    public IActionResult FaviconSvg() => Icon(System.Text.Encoding.UTF8.GetBytes(IconRenderer.FaviconSvg), "image/svg+xml");

    /// <summary>
    /// The card, cached for a year when asked for by its current version (a changed heading is a new address); for an
    /// old or missing version, the current card for an hour, so a crawler holding an old address gets today's card.
    /// </summary>
    private FileContentResult Card(ShareCard card, string? version)
    {
        var current = version == card.Version;
        Response.GetTypedHeaders().CacheControl = new CacheControlHeaderValue
        {
            Public = true,
            MaxAge = current ? TimeSpan.FromDays(365) : TimeSpan.FromHours(1),
        };
        if (current)
        {
            Response.Headers.CacheControl += ", immutable";
        }

        return File(cards.Get(card), "image/png", lastModified: null, new EntityTagHeaderValue($"\"{card.Version}\""));
    }

    private FileContentResult Icon(byte[] bytes, string type)
    {
        Response.GetTypedHeaders().CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = IconLifetime };
        return File(bytes, type);
    }

    private async Task<string> FeatureTitleAsync(CancellationToken ct) =>
        await db.TheFeature.AsNoTracking().Select(f => f.Title).FirstOrDefaultAsync(ct) ?? "";
}
