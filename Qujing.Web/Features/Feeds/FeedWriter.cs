using System.Globalization;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Features.Layout;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Feeds;

/// <summary>
/// The sitemap and the Atom feed, written with LINQ to XML so every value is escaped. Every stored value goes through
/// the input rule on the way out too: rows saved before it existed may hold characters XML cannot carry at all.
/// </summary>
public sealed class FeedWriter(QujingDbContext db, SiteUrls urls, MarkdownRenderer markdown, FeatureQueries queries)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly string[] ListPages = ["/", "/schools", "/timeline", "/figures", "/corrections"];

    public async Task<XDocument> SitemapAsync(CancellationToken ct)
    {
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).Select(s => s.Slug).ToListAsync(ct);
        var schools = await db.Schools.AsNoTracking().OrderBy(s => s.Position).Select(s => s.Slug).ToListAsync(ct);
        var paths = ListPages
            .Concat(sections.Select(s => $"/sections/{s}")).Concat(schools.Select(s => $"/schools/{s}"));
        return new XDocument(new XElement(Sitemap + "urlset", paths.Select(p => new XElement(Sitemap + "url", new XElement(Sitemap + "loc", Text(urls.Absolute(p)))))));
    }

    public async Task<XDocument> AtomAsync(CancellationToken ct)
    {
        var feature = await db.TheFeature.AsNoTracking().FirstAsync(ct);
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ToListAsync(ct);
        // This site's own dates: the source states none of its own.
        var provenance = await queries.ProvenanceAsync(feature, ct);
        var published = provenance.FirstPublished.ToString("o", CultureInfo.InvariantCulture);
        var updated = provenance.LastChanged.ToString("o", CultureInfo.InvariantCulture);
        return new XDocument(new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "zh-CN"),
            new XElement(Atom + "title", Text(feature.Title)),
            new XElement(Atom + "id", urls.Absolute("/")),
            new XElement(Atom + "updated", updated),
            new XElement(Atom + "author", new XElement(Atom + "name", Text(feature.Byline) is { Length: > 0 } byline ? byline : "曲靖教育改革专题")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", urls.Absolute("/feed.xml"))),
            new XElement(Atom + "link", new XAttribute("href", urls.Absolute("/"))),
            sections.Select(s => new XElement(Atom + "entry",
                new XElement(Atom + "title", Text(s.Heading)),
                new XElement(Atom + "id", Text(urls.Absolute($"/sections/{s.Slug}"))),
                new XElement(Atom + "link", new XAttribute("href", Text(urls.Absolute($"/sections/{s.Slug}")))),
                new XElement(Atom + "published", published),
                new XElement(Atom + "updated", updated),
                new XElement(Atom + "summary", Text(markdown.ParagraphTexts(s.BodyMarkdown) is [var first, ..] ? first : s.Heading))))));
    }

    private static string Text(string value) => InputText.Clean(value);
}
