using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Models;
using Qujing.Web.Services;

namespace Qujing.Web.Search;

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
        foreach (var section in await db.Sections.AsNoTracking().OrderBy(s => s.Position).ToListAsync(ct))
        {
            documents.AddRange(markdown.ParagraphTexts(section.BodyMarkdown)
                .Select((text, i) => new SearchDocument(SearchKind.Section, section.Heading, $"/sections/{section.Slug}#p{i + 1}", text)));
        }

        var schools = await db.Schools.AsNoTracking().Include(s => s.Aliases).Include(s => s.County).OrderBy(s => s.Position).ToListAsync(ct);
        documents.AddRange(schools.Select(s => new SearchDocument(SearchKind.School, s.Name, $"/schools/{s.Slug}",
            string.Join(" ", [.. GroupOf(s), .. s.Aliases.Select(a => a.Name), markdown.ToPlainText(s.ProfileMarkdown)]))));

        var milestones = await db.Milestones.AsNoTracking().OrderBy(m => m.Date).ToListAsync(ct);
        documents.AddRange(milestones.Select(m => new SearchDocument(SearchKind.Milestone, Import.MilestoneDates.Display(m.DateText, m.Precision), $"/timeline#m{m.Id}", m.Summary)));

        var figures = await db.KeyFigures.AsNoTracking().OrderBy(f => f.Position).ToListAsync(ct);
        documents.AddRange(figures.Select(f => new SearchDocument(SearchKind.Figure, $"{f.Label} {f.ValueText}{f.Unit}", $"/figures#f{f.Id}", f.SourceSentence)));

        var quotes = await db.Quotes.AsNoTracking().Include(q => q.Section).ToListAsync(ct);
        documents.AddRange(quotes.Select(q => new SearchDocument(SearchKind.Quote, $"{q.Role}{q.Speaker}",
            q.Section is null ? "/" : $"/sections/{q.Section.Slug}#p{q.Paragraph}", q.Words)));

        // A school is found by its group too: "市直学校" as well as "曲靖市".
        static IEnumerable<string> GroupOf(School s) => s.County is { } c ? new[] { SchoolGroupNames.Of(c), c.Name }.Distinct() : [];

        // Rows saved before the input rule existed may hold characters that normalising (and so the rebuild) throws on.
        return [.. documents.Select(d => d with { Title = InputText.Clean(d.Title), Text = InputText.Clean(d.Text) })];
    }
}
