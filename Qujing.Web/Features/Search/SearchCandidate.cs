namespace Qujing.Web.Features.Search;

/// <summary>A document that matched every term, as an index returns it for <see cref="SearchRanker"/>.</summary>
/// <param name="Order">Where the index holds it (rowid, id): the tie-break, so equal scores keep the content's order.</param>
/// <param name="Length">Characters of its title, keywords and text, as the database counts them.</param>
public sealed record SearchCandidate(SearchDocument Document, long Order, long Length);
