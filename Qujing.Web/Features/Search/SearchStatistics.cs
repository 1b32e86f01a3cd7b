namespace Qujing.Web.Features.Search;

/// <summary>What <see cref="SearchRanker"/> needs to know of the whole index at the time of a query.</summary>
/// <param name="Documents">How many documents the index holds.</param>
/// <param name="TotalLength">Their lengths added up (<see cref="SearchCandidate.Length"/>).</param>
/// <param name="Matching">For each term of the query, in order, how many documents it matches on its own.</param>
public sealed record SearchStatistics(long Documents, long TotalLength, IReadOnlyList<long> Matching);
