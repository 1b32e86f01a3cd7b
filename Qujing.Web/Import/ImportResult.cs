namespace Qujing.Web.Import;

/// <summary>A paragraph's place in the cleaned article: the section (0-based) and its paragraph number there (1-based).</summary>
public sealed record PassageRef(int Section, int Paragraph);

/// <summary>A paragraph of the cleaned article with where it stands.</summary>
/// <param name="Sources">The source paragraph numbers it was made from, so a report entry about it can link to it.</param>
public sealed record Passage(PassageRef Ref, string Text, IReadOnlyList<int>? Sources = null);

public sealed record ImportedSection(Block Heading, string Slug, IReadOnlyList<Block> Blocks);

public sealed record ImportedPlace(string Name, string Stem, bool IsHomeCity);

public sealed record ImportedSchool(string Name, IReadOnlyList<string> Aliases, string County, IReadOnlyList<Passage> Passages);

// Both stored as integers in Milestones: values are explicit so reordering can never relabel old rows.
// Sorting by precision (the admin list, the export) also relies on Year < Month < Day.
public enum DatePrecision
{
    Year = 0,
    Month = 1,
    Day = 2,
}

public enum MilestoneLevel
{
    National = 0,
    Provincial = 1,
    City = 2,
    School = 3,
}

public sealed record ImportedMilestone(
    DateOnly Date, DatePrecision Precision, string DateText, string Summary, MilestoneLevel Level,
    string SourceSentence, PassageRef Source, string? School);

public sealed record ImportedFigure(decimal Value, string ValueText, string Unit, string Label, string SourceSentence, PassageRef Source);

public sealed record ImportedQuote(string Speaker, string Role, string Words, bool IsDirect, string? School, PassageRef Source);

/// <summary>Everything the importer makes of one article text.</summary>
public sealed record ImportResult(
    string Title,
    string Byline,
    IReadOnlyList<string> Lead,
    IReadOnlyList<ImportedSection> Sections,
    IReadOnlyList<ImportedPlace> Places,
    IReadOnlyList<ImportedSchool> Schools,
    IReadOnlyList<ImportedMilestone> Milestones,
    IReadOnlyList<ImportedFigure> Figures,
    IReadOnlyList<ImportedQuote> Quotes,
    IReadOnlyList<ReportEntry> Report)
{
    /// <summary>Every paragraph of every section, in order.</summary>
    public IEnumerable<Passage> Passages => Sections.SelectMany((s, i) => ParagraphsOf(s, i));

    private static IEnumerable<Passage> ParagraphsOf(ImportedSection section, int index) =>
        section.Blocks.Where(b => b.Kind == BlockKind.Paragraph)
            .Select((b, n) => new Passage(new PassageRef(index, n + 1), b.Text, b.Sources));
}
