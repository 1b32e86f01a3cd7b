using System.Text;
using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Features.Layout;

namespace Qujing.Web.Features.Feeds;

/// <summary>What crawlers and feed readers ask for.</summary>
public class FeedsController(FeedWriter feeds, SiteUrls urls) : PublicController
{
    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken ct) =>
        Content((await feeds.SitemapAsync(ct)).ToString(), "application/xml", Encoding.UTF8);

    [HttpGet("/feed.xml")]
    public async Task<IActionResult> Atom(CancellationToken ct) =>
        Content((await feeds.AtomAsync(ct)).ToString(), "application/atom+xml", Encoding.UTF8);

    [HttpGet("/robots.txt")]
    public IActionResult Robots() =>
        Content($"User-agent: *\nDisallow: /admin\nDisallow: /search\nSitemap: {urls.Absolute("/sitemap.xml")}\n", "text/plain", Encoding.UTF8);
}
