namespace Qujing.Web.Import;

/// <summary>
/// Turns a raw article text into clean, structured content and a report of every change and doubt.
/// Pure: text and language data in, <see cref="ImportResult"/> out; no database, no files.
/// </summary>
public sealed class ArticleImporter(ChineseResources resources)
{
    public ImportResult Import(string text)
    {
        var report = new List<ReportEntry>();

        // Cleaning: each stage is one rule, applied in an order where later rules see earlier fixes.
        var blocks = SourceParser.Parse(text);
        blocks = CharacterNormaliser.Normalise(blocks, resources.TraditionalToSimplified, report);
        blocks = RepeatRemover.RemoveRepeatedParagraphs(blocks, report);
        blocks = SplitWordJoiner.Join(blocks, resources.Words, report);
        blocks = [.. blocks.Select(b => RepeatRemover.RemoveRepeatsInside(b, report))];

        // Doubts: flagged for an editor, never guessed at.
        DoubtFinder.FlagTruncated(blocks, report);
        DoubtFinder.FlagUnbalanced(blocks, report);
        DoubtFinder.FlagSharedText(blocks, report);

        var title = blocks.FirstOrDefault(b => b.Kind == BlockKind.Title)?.Text ?? "";
        var byline = blocks.FirstOrDefault(b => b.Kind == BlockKind.Byline)?.Text ?? "";
        var lead = blocks.TakeWhile(b => b.Kind != BlockKind.Heading).Where(b => b.Kind == BlockKind.Paragraph).ToList();
        if (lead.Count == 0)
        {
            report.Add(new ReportEntry(ReportKind.MissingLead, "标题之后", null, null,
                "第一个小标题之前没有导语段落，导语留空；请编辑从正文中选定或撰写导语。"));
        }

        var sections = Sections(blocks);
        var draft = new ImportResult(title, byline, [.. lead.Select(b => b.Text)], sections, [], [], [], [], [], report);
        var passages = draft.Passages.ToList();
        var headings = sections.Select(s => s.Heading.Text).Concat(sections.SelectMany(s => s.Blocks.Where(b => b.Kind == BlockKind.SubHeading).Select(b => b.Text))).ToList();

        var places = PlaceFinder.Find([.. headings, .. passages.Select(p => p.Text), .. draft.Lead], resources.PlaceRenames, report);
        var schools = SchoolFinder.Find(passages, headings, places, resources.PlaceRenames, report);
        HeadingChecker.Check(sections, schools, places, report);

        return draft with
        {
            Places = places,
            Schools = schools,
            Quotes = QuoteFinder.Find(passages, schools),
            Milestones = MilestoneFinder.Find(passages, schools, places, report),
            Figures = FigureFinder.Find(passages),
        };
    }

    private static List<ImportedSection> Sections(List<Block> blocks)
    {
        var sections = new List<ImportedSection>();
        foreach (var block in blocks.SkipWhile(b => b.Kind != BlockKind.Heading))
        {
            if (block.Kind == BlockKind.Heading)
            {
                sections.Add(new ImportedSection(block, $"section-{sections.Count + 1}", []));
            }
            else
            {
                sections[^1] = sections[^1] with { Blocks = [.. sections[^1].Blocks, block] };
            }
        }

        return sections;
    }
}
