using Microsoft.AspNetCore.Html;

namespace Qujing.Web.Search;

/// <summary>The results page: the query as typed, results grouped by kind, and whether a search was made at all.</summary>
public sealed record SearchResults(string Query, IReadOnlyList<SearchGroup> Groups, bool Searched)
{
    public int Count => Groups.Sum(g => g.Results.Count);
}

public sealed record SearchGroup(SearchKind Kind, IReadOnlyList<SearchResult> Results)
{
    public string Name => Kind switch
    {
        SearchKind.Section => "专题正文",
        SearchKind.School => "学校",
        SearchKind.Milestone => "大事记",
        SearchKind.Figure => "数说",
        _ => "受访者说",
    };
}

public sealed record SearchResult(string Title, string Url, IHtmlContent Snippet);
