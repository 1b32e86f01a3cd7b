using Microsoft.AspNetCore.Html;

namespace Qujing.Web.Features.Search;

/// <summary>The results page: the query as typed, results grouped by kind, and whether a search was made at all.</summary>
public sealed record SearchResults(string Query, IReadOnlyList<SearchGroup> Groups, bool Searched)
{
    public int Count => Groups.Sum(g => g.Results.Count);
}

public sealed record SearchGroup(SearchKind Kind, IReadOnlyList<SearchResult> Results)
{
    public string Name => Kind switch
    {
        SearchKind.Feature => "专题",
        SearchKind.Section => "专题正文",
        SearchKind.School => "学校",
        SearchKind.Milestone => "大事记",
        SearchKind.Figure => "数说",
        _ => "受访者说",
    };

    /// <summary>The order groups are shown in: the feature, its text, then what was drawn from the text.</summary>
    public static int Order(SearchKind kind) => kind == SearchKind.Feature ? -1 : (int)kind;
}

/// <summary>One result: its title (matches marked), where it is, the snippet (none for a section found by its heading), and the other places showing the same passage.</summary>
public sealed record SearchResult(IHtmlContent Title, string Place, string Url, IHtmlContent? Snippet, IReadOnlyList<SearchLink> AlsoIn);

/// <summary>A link to another place that shows the same passage ("也见于：宣威市明德小学").</summary>
public sealed record SearchLink(string Label, string Url);
