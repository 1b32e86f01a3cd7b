using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Schools;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Search;

/// <summary>Builds the search documents from the published content and rebuilds the index from them.</summary>
public sealed class SearchIndexer(QujingDbContext db, ISearchIndex index, MarkdownRenderer markdown, ILogger<SearchIndexer> logger)
{
    public async Task RebuildAsync(CancellationToken ct)
    {
        var documents = await DocumentsAsync(ct);
        await index.EnsureCreatedAsync(ct);
        await index.RebuildAsync(documents, ct);
        logger.LogInformation("Search index rebuilt with {Documents} documents", documents.Count);
    }

    /// <summary>Rebuilds the index when it is empty, e.g. for a database made before search existed.</summary>
    public async Task EnsureBuiltAsync(CancellationToken ct)
    {
        await index.EnsureCreatedAsync(ct);
        if (await index.IsEmptyAsync(ct) && await db.Sections.AnyAsync(ct))
        {
            await RebuildAsync(ct);
        }
    }

    private async Task<List<SearchDocument>> DocumentsAsync(CancellationToken ct)
    {
        var documents = new List<SearchDocument>();

        // The feature's own words (a search for 时代新人) find the home page; its lead is what the result shows.
        if (await db.TheFeature.AsNoTracking().FirstOrDefaultAsync(ct) is { } feature)
        {
            documents.Add(new SearchDocument(SearchKind.Feature, feature.Title, "/", markdown.ToPlainText(feature.LeadMarkdown), "专题首页", feature.Byline));
        }

        foreach (var section in await db.Sections.AsNoTracking().OrderBy(s => s.Position).ToListAsync(ct))
        {
            // The section itself, found by its heading alone: it stands for the paragraphs that only their heading matched.
            var paragraphs = markdown.ParagraphTexts(section.BodyMarkdown);
            documents.Add(new SearchDocument(SearchKind.Section, section.Heading, $"/sections/{section.Slug}", "", $"栏目，共{paragraphs.Count}段"));
            documents.AddRange(paragraphs.Select((text, i) => new SearchDocument(SearchKind.Section, section.Heading, $"/sections/{section.Slug}#p{i + 1}", text, $"第{i + 1}段")));
        }

        var schools = await db.Schools.AsNoTracking().Include(s => s.Aliases).Include(s => s.County).OrderBy(s => s.Position).ToListAsync(ct);
        documents.AddRange(schools.Select(s => new SearchDocument(SearchKind.School, s.Name, $"/schools/{s.Slug}",
            markdown.ToPlainText(s.ProfileMarkdown), s.County is { } c ? SchoolGroupNames.Of(c) : "学校", string.Join(" ", [.. GroupOf(s), .. s.Aliases.Select(a => a.Name)]))));

        var milestones = await db.Milestones.AsNoTracking().Include(m => m.Section).OrderBy(m => m.Date).ToListAsync(ct);
        documents.AddRange(milestones.Select(m => new SearchDocument(SearchKind.Milestone, Import.MilestoneDates.Display(m.DateText, m.Precision), $"/timeline#m{m.Id}", m.Summary,
            PlaceIn(m.Section, m.Paragraph, "大事记"))));

        var figures = await db.KeyFigures.AsNoTracking().Include(f => f.Section).OrderBy(f => f.Position).ToListAsync(ct);
        documents.AddRange(figures.Select(f => new SearchDocument(SearchKind.Figure, $"{f.Label} {f.ValueText}{f.Unit}", $"/figures#f{f.Id}", f.SourceSentence,
            PlaceIn(f.Section, f.Paragraph, "数说"))));

        var quotes = await db.Quotes.AsNoTracking().Include(q => q.Section).ToListAsync(ct);
        documents.AddRange(quotes.Select(q => new SearchDocument(SearchKind.Quote, $"{q.Role}{q.Speaker}",
            q.Section is null ? "/" : $"/sections/{q.Section.Slug}#p{q.Paragraph}", q.Words, PlaceIn(q.Section, q.Paragraph, "受访者说"))));

        // A school is found by its group too: "市直学校" as well as "曲靖市".
        static IEnumerable<string> GroupOf(School s) => s.County is { } c ? new[] { SchoolGroupNames.Of(c), c.Name }.Distinct() : [];

        // A milestone, figure or quote says which passage of the feature it comes from.
        static string PlaceIn(Section? section, int paragraph, string otherwise) =>
            section is null ? otherwise : paragraph > 0 ? $"出自“{section.Heading}”第{paragraph}段" : $"出自“{section.Heading}”";

        // Rows saved before the input rule existed may hold characters that normalising (and so the rebuild) throws on.
        return [.. documents.Select(d => d with { Title = InputText.Clean(d.Title), Text = InputText.Clean(d.Text), Place = InputText.Clean(d.Place), Keywords = InputText.Clean(d.Keywords) })];
    }
}
