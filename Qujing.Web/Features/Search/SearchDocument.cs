namespace Qujing.Web.Features.Search;

/// <summary>What a search result is. The stored number of each kind must not change: the index holds it.</summary>
public enum SearchKind
{
    Section = 0,
    School = 1,
    Milestone = 2,
    Figure = 3,
    Quote = 4,

    /// <summary>The feature itself (the home page): its title, byline and lead.</summary>
    Feature = 5,
}

/// <summary>One searchable passage: a section paragraph, a school profile, a milestone, a figure or a quote.</summary>
/// <param name="Url">Where the passage is, with its anchor.</param>
/// <param name="Text">What the result shows and the index searches; paragraphs separated by line breaks.</param>
/// <param name="Place">Where the passage is, for a reader who sees it among others ("第3段", "宣威市").</param>
/// <param name="Keywords">Found by the index but never shown (a school's county and other names).</param>
public sealed record SearchDocument(SearchKind Kind, string Title, string Url, string Text, string Place = "", string Keywords = "");

/// <summary>A document that matched, with its rank (lower is better).</summary>
public sealed record SearchHit(SearchDocument Document, double Rank);
