namespace Qujing.Web.Features.Search;

/// <summary>
/// Turns ranked hits into what the results page lists: each passage once, however many pages show it (a school's
/// profile and a figure's source sentence are often a paragraph of the text word for word), and a section once for
/// a word of its heading rather than once per paragraph. Groups and the order within them follow the index's ranking.
/// </summary>
public static class ResultFolder
{
    public static IReadOnlyList<SearchGroup> Fold(IReadOnlyList<SearchHit> hits, IReadOnlyList<string> terms)
    {
        var sectionPages = hits.Select(h => h.Document).Where(IsSectionPage).Select(d => d.Url).ToHashSet(StringComparer.Ordinal);

        // A paragraph found only through its section's heading is stood for by the section, when the section was found too.
        var shown = hits.Where(h => !(IsParagraph(h.Document) && sectionPages.Contains(PathOf(h.Document.Url)) && !Highlighter.Contains(h.Document.Text, terms)))
            .Select((hit, order) => (Document: hit.Document, Order: order, Passage: Highlighter.Passage(hit.Document.Text, terms)))
            .ToList();

        var results = new List<(SearchKind Kind, int Order, SearchResult Result)>();
        foreach (var passage in shown.GroupBy(p => p.Passage.Length == 0 ? $"\u0001{p.Document.Url}" : Key(p.Passage), StringComparer.Ordinal))
        {
            // The text itself is where a passage lives; the pages drawn from it are where else it is.
            var members = passage.OrderBy(p => SearchGroup.Order(p.Document.Kind)).ThenBy(p => p.Order).ToList();
            var (document, _, text) = members[0];
            var alsoIn = members.Skip(1).Select(m => new SearchLink(Label(m.Document), m.Document.Url)).ToList();
            results.Add((document.Kind, passage.Min(p => p.Order),
                new SearchResult(Highlighter.Whole(document.Title, terms), document.Place, document.Url, text.Length == 0 ? null : Highlighter.Snippet(text, terms), alsoIn)));

            // A school the query names is a result of its own even when its passage is shown elsewhere: it is what the
            // reader looked for. The passage is not repeated under it.
            results.AddRange(members.Skip(1).Where(m => IsNamed(m.Document, terms))
                .Select(m => (m.Document.Kind, m.Order, new SearchResult(Highlighter.Whole(m.Document.Title, terms), m.Document.Place, m.Document.Url, null, []))));
        }

        return [.. results.GroupBy(r => r.Kind).OrderBy(g => SearchGroup.Order(g.Key))
            .Select(g => new SearchGroup(g.Key, [.. g.OrderBy(r => r.Order).Select(r => r.Result)]))];
    }

    /// <summary>How a place is named in "也见于": a school or speaker by name, a paragraph with its number.</summary>
    private static string Label(SearchDocument d) => d.Kind switch
    {
        SearchKind.Section => IsSectionPage(d) ? d.Title : $"“{d.Title}”{d.Place}",
        SearchKind.Milestone => $"大事记 {d.Title}",
        SearchKind.Figure => $"数说 {d.Title}",
        _ => d.Title,
    };

    /// <summary>A school the query names (by its name, another name or its county), not one that only repeats a passage.</summary>
    private static bool IsNamed(SearchDocument d, IReadOnlyList<string> terms) =>
        d.Kind == SearchKind.School && Highlighter.Contains(d.Title + "\n" + d.Keywords, terms);

    /// <summary>Passages compare as a reader sees them: width, case and spacing aside.</summary>
    private static string Key(string passage) => string.Concat(SearchText.Normalise(passage).Where(c => !char.IsWhiteSpace(c)));

    private static bool IsSectionPage(SearchDocument d) => d.Kind == SearchKind.Section && !d.Url.Contains('#', StringComparison.Ordinal);

    private static bool IsParagraph(SearchDocument d) => d.Kind == SearchKind.Section && d.Url.Contains('#', StringComparison.Ordinal);

    private static string PathOf(string url) => url.Split('#')[0];
}
