using Qujing.Web.Data.Entities;
using Qujing.Web.Import;
using Qujing.Web.Text;

namespace Qujing.Web.Data.Seeding;

/// <summary>Entities made from one import, linked to each other and not yet saved.</summary>
public sealed record MappedContent(
    Feature Feature, List<Section> Sections, List<County> Counties, List<School> Schools,
    List<Milestone> Milestones, List<KeyFigure> Figures, List<Quote> Quotes, List<ImportReportItem> Report);

/// <summary>Turns the importer's records into EF entities; long-form text becomes Markdown here.</summary>
public static class ContentMapper
{
    public static MappedContent Map(ImportResult result)
    {
        var sections = result.Sections.Select((s, i) => new Section
        {
            Slug = s.Slug,
            Heading = s.Heading.Text,
            Position = i + 1,
            BodyMarkdown = string.Join("\n\n", s.Blocks.Select(b => b.Kind == BlockKind.SubHeading ? "## " + MarkdownText.EscapeInline(b.Text) : MarkdownText.Escape(b.Text))),
        }).ToList();

        var counties = result.Places.Select(p => new County { Name = p.Name, IsHomeCity = p.IsHomeCity }).ToList();
        var schools = result.Schools.Select((s, i) => new School
        {
            Slug = $"school-{i + 1}",
            Name = s.Name,
            Position = i + 1,
            County = counties.Single(c => c.Name == s.County),
            ProfileMarkdown = MarkdownText.Paragraphs(s.Passages.Select(p => p.Text)),
            Aliases = [.. s.Aliases.Select(a => new SchoolAlias { Name = a })],
            Sections = [.. s.Passages.Select(p => sections[p.Ref.Section]).Distinct()],
        }).ToList();

        School? SchoolNamed(string? name) => name is null ? null : schools.Single(s => s.Name == name);

        var milestones = result.Milestones.Select(m => new Milestone
        {
            Date = m.Date, Precision = m.Precision, DateText = m.DateText, Summary = m.Summary, Level = m.Level,
            SourceSentence = m.SourceSentence, Section = sections[m.Source.Section], Paragraph = m.Source.Paragraph, School = SchoolNamed(m.School),
        }).ToList();

        var figures = result.Figures.Select((f, i) => new KeyFigure
        {
            Value = f.Value, ValueText = f.ValueText, Unit = f.Unit, Label = f.Label, SourceSentence = f.SourceSentence,
            Section = sections[f.Source.Section], Paragraph = f.Source.Paragraph, Position = i + 1,
        }).ToList();

        var quotes = result.Quotes.Select(q => new Quote
        {
            Speaker = q.Speaker, Role = q.Role, Words = q.Words, IsDirect = q.IsDirect, School = SchoolNamed(q.School),
            Section = sections[q.Source.Section], Paragraph = q.Source.Paragraph,
        }).ToList();

        var report = result.Report.Select((r, i) =>
        {
            var (section, paragraph) = PlaceOf(result, r);
            return new ImportReportItem
            {
                Position = i + 1, Kind = r.Kind, Location = r.Location, Before = r.Before, After = r.After, Message = r.Message,
                Section = section is { } s ? sections[s] : null, Paragraph = paragraph,
            };
        }).ToList();

        var feature = new Feature
        {
            Title = result.Title,
            Byline = result.Byline,
            LeadMarkdown = MarkdownText.Paragraphs(result.Lead),
            PublishedAt = DateTimeOffset.UtcNow,
        };
        return new MappedContent(feature, sections, counties, schools, milestones, figures, quotes, report);
    }

    /// <summary>Where in the cleaned article a report entry's source paragraphs ended up: a section and, for a paragraph, its number.</summary>
    private static (int? Section, int? Paragraph) PlaceOf(ImportResult result, ReportEntry entry)
    {
        if (entry.Sources is { Count: > 0 } sources)
        {
            for (var s = 0; s < result.Sections.Count; s++)
            {
                if (result.Sections[s].Heading.Sources.Intersect(sources).Any())
                {
                    return (s, null);
                }

                var paragraph = 0;
                foreach (var block in result.Sections[s].Blocks)
                {
                    paragraph += block.Kind == BlockKind.Paragraph ? 1 : 0;
                    if (block.Sources.Intersect(sources).Any())
                    {
                        return (s, block.Kind == BlockKind.Paragraph ? paragraph : null);
                    }
                }
            }
        }

        return (entry.SectionIndex, null);
    }
}
