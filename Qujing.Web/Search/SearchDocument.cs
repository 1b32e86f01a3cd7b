namespace Qujing.Web.Search;

/// <summary>What a search result is, in the order the results page groups them.</summary>
public enum SearchKind
{
    Section,
    School,
    Milestone,
    Figure,
    Quote,
}

/// <summary>One searchable passage: a section paragraph, a school profile, a milestone, a figure or a quote.</summary>
/// <param name="Url">Where the passage is, with its anchor.</param>
public sealed record SearchDocument(SearchKind Kind, string Title, string Url, string Text);

/// <summary>A document that matched, with its rank (lower is better).</summary>
public sealed record SearchHit(SearchDocument Document, double Rank);
