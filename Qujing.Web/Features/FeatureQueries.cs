using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Home;
using Qujing.Web.Features.Layout;
using Qujing.Web.Features.Media;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Import;
using Qujing.Web.Text;

namespace Qujing.Web.Features;

/// <summary>Read-only queries behind the public pages; nothing here is tracked or written.</summary>
public sealed class FeatureQueries(QujingDbContext db, MarkdownRenderer markdown)
{
    /// <summary>Chinese readers manage about 400 characters a minute in running text.</summary>
    private const int CharactersPerMinute = 400;

    public async Task<HomePage?> HomeAsync(CancellationToken ct)
    {
        var feature = await db.TheFeature.AsNoTracking().FirstOrDefaultAsync(ct);
        if (feature is null)
        {
            return null;
        }

        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ToListAsync(ct);
        var leadText = string.Concat(markdown.ParagraphTexts(feature.LeadMarkdown));
        var cards = sections.Select(s => new SectionCard(Link(s), CardExcerpt(s.BodyMarkdown, leadText))).ToList();
        var figures = await db.KeyFigures.AsNoTracking().OrderBy(f => f.Position).ToListAsync(ct);
        var latest = (await TimelineAsync(ct)).TakeLast(4).Reverse().ToList();
        var description = Describe(feature.LeadMarkdown) is { Length: > 0 } lead ? lead : cards.FirstOrDefault()?.Excerpt ?? feature.Title;
        return new HomePage(feature, (await markdown.RenderAsync(feature.LeadMarkdown, ct)).Html, description, cards, figures, latest, await CountiesAsync(ct), await ProvenanceAsync(feature, ct));
    }

    public async Task<SectionPage?> SectionAsync(string slug, CancellationToken ct) =>
        await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct) is { } section ? await SectionPageAsync(section, ct) : null;

    /// <summary>The page for a section as given (the live one, or an editor's preview of a revision).</summary>
    public async Task<SectionPage> SectionPageAsync(Section section, CancellationToken ct)
    {
        var sections = await SectionLinksAsync(ct);
        var index = sections.FindIndex(s => s.Position == section.Position);
        var rendered = await markdown.RenderAsync(section.BodyMarkdown, ct);
        var minutes = Math.Max(1, (int)Math.Ceiling(ChineseText.CountHan(section.BodyMarkdown) / (double)CharactersPerMinute));
        var feature = await db.TheFeature.AsNoTracking().FirstAsync(ct);
        return new SectionPage(section, rendered.Html, rendered.Headings,
            index > 0 ? sections[index - 1] : null, index >= 0 && index < sections.Count - 1 ? sections[index + 1] : null, minutes,
            Describe(section.BodyMarkdown), feature, await ProvenanceAsync(feature, ct), await MediaImage.FindAsync(db, section.LeadImageId, ct));
    }

    /// <summary>
    /// The feature's origin and this site's dates: first published when the first import stored it (a later re-import
    /// only adds a run), last changed when a reader last saw a change (the feature's <c>PublishedAt</c>).
    /// </summary>
    public async Task<Provenance> ProvenanceAsync(Feature feature, CancellationToken ct)
    {
        var firstImport = await db.ImportRuns.AsNoTracking().OrderBy(r => r.Id).Select(r => (DateTimeOffset?)r.ImportedAt).FirstOrDefaultAsync(ct);
        var published = firstImport ?? feature.PublishedAt;

        // The first import stamps the feature a moment before its run: never "changed" before it was published.
        return new Provenance(feature.Byline, feature.OriginalSource, published, feature.PublishedAt > published ? feature.PublishedAt : published);
    }

    /// <summary>Every published section's link, in reading order (the header, previous/next).</summary>
    public Task<List<SectionLink>> SectionLinksAsync(CancellationToken ct) =>
        db.Sections.AsNoTracking().OrderBy(s => s.Position).Select(s => new SectionLink(s.Slug, s.Heading, s.Position)).ToListAsync(ct);

    /// <summary>Where a renamed section's old address now points, if anywhere.</summary>
    public Task<string?> RedirectedSlugAsync(string type, string slug, CancellationToken ct) =>
        db.SlugRedirects.AsNoTracking().Where(r => r.ItemType == type && r.OldSlug == slug).Select(r => r.NewSlug).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<CountyGroup>> CountiesAsync(CancellationToken ct)
    {
        var counties = await db.Counties.AsNoTracking()
            .Include(c => c.Schools.OrderBy(s => s.Position)).ThenInclude(s => s.Aliases)
            .OrderBy(c => c.Id).AsSplitQuery().ToListAsync(ct);

        // The city-level schools first, then counties in the order the article names them; a place the text names
        // without a school of its own is no group of schools.
        return [.. counties.Where(c => c.Schools.Count > 0).OrderByDescending(c => c.IsHomeCity).Select(c => new CountyGroup(c, c.Schools))];
    }

    public async Task<SchoolPage?> SchoolAsync(string slug, CancellationToken ct)
    {
        var school = await db.Schools.AsNoTracking()
            .Include(s => s.County).Include(s => s.Aliases).Include(s => s.Sections.OrderBy(x => x.Position)).Include(s => s.Quotes)
            .AsSplitQuery().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        return school is null ? null : new SchoolPage(school, (await markdown.RenderAsync(school.ProfileMarkdown, ct)).Html, await MediaImage.FindAsync(db, school.LeadImageId, ct));
    }

    public async Task<IReadOnlyList<Milestone>> TimelineAsync(CancellationToken ct)
    {
        var milestones = await db.Milestones.AsNoTracking().Include(m => m.Section).Include(m => m.School).ToListAsync(ct);
        return [.. milestones.OrderBy(m => MilestoneDates.TimelineKey(m.Date, m.Precision, m.DateText)).ThenBy(m => m.Id)];
    }

    public async Task<IReadOnlyList<KeyFigure>> FiguresAsync(CancellationToken ct) =>
        await db.KeyFigures.AsNoTracking().Include(f => f.Section).OrderBy(f => f.Position).ToListAsync(ct);

    /// <summary>The start of the first paragraph, for the meta description.</summary>
    private string Describe(string body) => ChineseText.Excerpt(markdown.ParagraphTexts(body) is [var first, ..] ? first : "", 80);

    /// <summary>A card's excerpt: the first paragraph the reader has not just read in the lead above the cards.</summary>
    private string CardExcerpt(string body, string lead) =>
        ChineseText.Excerpt(markdown.ParagraphTexts(body).FirstOrDefault(p => p.Trim() is { Length: > 0 } text && !lead.Contains(text, StringComparison.Ordinal)) ?? "", 80);

    private static SectionLink Link(Section s) => new(s.Slug, s.Heading, s.Position);
}
