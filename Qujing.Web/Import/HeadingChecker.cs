namespace Qujing.Web.Import;

/// <summary>Flags headings whose paragraphs are about something else, and words in the text one character off a heading.</summary>
public static class HeadingChecker
{
    private const int MinPhrase = 4;

    public static void Check(IReadOnlyList<ImportedSection> sections, IReadOnlyList<ImportedSchool> schools, IReadOnlyList<ImportedPlace> places, List<ReportEntry> report)
    {
        for (var s = 0; s < sections.Count; s++)
        {
            foreach (var (heading, paragraphs) in Scopes(sections[s]))
            {
                var names = NamesIn(heading.Text, schools, places);
                if (names.Count == 0 || paragraphs.Count == 0)
                {
                    continue;
                }

                bool About(Block p) => names.Any(n => n.Any(alias => p.Text.Contains(alias, StringComparison.Ordinal)));
                var off = paragraphs.Where(p => !About(p)).ToList();
                var label = string.Join("、", names.Select(n => n[0]));
                if (off.Count == paragraphs.Count)
                {
                    report.Add(new ReportEntry(ReportKind.HeadingMismatch, heading.Where, heading.Text, null,
                        $"标题提到“{label}”，但其下各段都没有提到它，标题与内容可能不符；未作改动，请编辑核对。", s, Sources: heading.Sources));
                    continue;
                }

                report.AddRange(off.Select(p => new ReportEntry(ReportKind.OffTopicParagraph, p.Where, ChineseText.Excerpt(p.Text), null,
                    $"此段位于标题“{heading.Text}”之下，却没有提到“{label}”，可能是排版时混入的别处内容；未作改动，请编辑核对。", s, Sources: p.Sources)));
            }
        }

        FlagNearMisses(sections, report);
    }

    /// <summary>Each heading or subheading with the paragraphs that stand under it.</summary>
    private static IEnumerable<(Block Heading, List<Block> Paragraphs)> Scopes(ImportedSection section)
    {
        var heading = section.Heading;
        var paragraphs = new List<Block>();
        foreach (var block in section.Blocks)
        {
            if (block.Kind == BlockKind.SubHeading)
            {
                yield return (heading, paragraphs);
                (heading, paragraphs) = (block, []);
            }
            else
            {
                paragraphs.Add(block);
            }
        }

        yield return (heading, paragraphs);
    }

    /// <summary>The schools and places a heading names, each as the list of ways it may be written.</summary>
    private static List<List<string>> NamesIn(string heading, IReadOnlyList<ImportedSchool> schools, IReadOnlyList<ImportedPlace> places)
    {
        var names = schools.Select(s => s.Aliases.Prepend(s.Name).ToList())
            .Where(all => all.Any(a => heading.Contains(a, StringComparison.Ordinal))).ToList();
        names.AddRange(places.Where(p => !p.IsHomeCity && heading.Contains(p.Name, StringComparison.Ordinal)).Select(p => new List<string> { p.Name, p.Stem }));
        return names;
    }

    /// <summary>A heading phrase that the text writes with one character different is likely a typo on one side.</summary>
    private static void FlagNearMisses(IReadOnlyList<ImportedSection> sections, List<ReportEntry> report)
    {
        var headings = sections.SelectMany(s => s.Blocks.Where(b => b.Kind == BlockKind.SubHeading).Prepend(s.Heading)).Select(b => b.Text);
        var phrases = headings.SelectMany(h => h.Split(['：', '—', ' ', '，'], StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= MinPhrase && p.All(ChineseText.IsHan)).Distinct();
        var paragraphs = sections.SelectMany(s => s.Blocks.Where(b => b.Kind == BlockKind.Paragraph)).ToList();
        foreach (var phrase in phrases)
        {
            var variants = paragraphs.SelectMany(p => Windows(p.Text, phrase.Length).Where(w => Differences(w, phrase) == 1).Select(w => (Paragraph: p, Word: w)))
                .GroupBy(v => v.Word);
            foreach (var variant in variants)
            {
                var where = string.Join("、", variant.Select(v => v.Paragraph.Where).Distinct());
                report.Add(new ReportEntry(ReportKind.PossibleTypo, where, variant.Key, null,
                    $"正文写作“{variant.Key}”，标题写作“{phrase}”，只差一个字，可能有一处是错字；未作改动，请编辑核对。"));
            }
        }
    }

    private static IEnumerable<string> Windows(string text, int length)
    {
        for (var i = 0; i + length <= text.Length; i++)
        {
            yield return text.Substring(i, length);
        }
    }

    private static int Differences(string a, string b) => a.Zip(b).Count(p => p.First != p.Second);
}
