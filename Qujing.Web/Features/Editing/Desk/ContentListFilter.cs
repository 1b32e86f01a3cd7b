using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace Qujing.Web.Features.Editing.Desk;

/// <summary>What a kind's admin list is narrowed to: words in the title or address, a state, and a page.</summary>
public sealed record ContentListFilter(string Text, ContentState State, int Page)
{
    /// <summary>Longer than any title worth searching for; more is cut and said so.</summary>
    public const int MaxLength = 100;

    public const int PageSize = 50;

    public bool IsEmpty => Text.Length == 0 && State == ContentState.All;

    /// <summary>The query string's value for each state, and back; an unknown value lists everything.</summary>
    public static ContentState ParseState(string? value) =>
        Enum.GetValues<ContentState>().FirstOrDefault(s => string.Equals(ValueOf(s), value, StringComparison.Ordinal));

    public static string ValueOf(ContentState state) => state == ContentState.All ? "" : state.ToString().ToLowerInvariant();

    /// <summary>
    /// One page of the kind's items. The filter runs over the listed items rather than in SQL: a title is computed from
    /// the item's content by its kind (a quote's is its speaker and words), and a kind holds tens of items, not thousands.
    /// </summary>
    public ContentListResults Apply(IReadOnlyList<DeskItem> items)
    {
        var matching = items.Where(i => Matches(i) && InState(i)).ToList();
        var pages = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(Page, 1, pages);
        return new ContentListResults(this with { Page = page }, [.. matching.Skip((page - 1) * PageSize).Take(PageSize)], matching.Count, pages);
    }

    /// <summary>The query string for another page of the same filter, with only the parameters that say something.</summary>
    public string QueryFor(int page) =>
        new QueryBuilder(new Dictionary<string, string>
        {
            ["q"] = Text, ["status"] = ValueOf(State), ["page"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : "",
        }.Where(p => p.Value.Length > 0)).ToString();

    private bool Matches(DeskItem item) =>
        Text.Length == 0
        || item.Title.Contains(Text, StringComparison.OrdinalIgnoreCase)
        || item.Slug.Contains(Text, StringComparison.OrdinalIgnoreCase);

    private bool InState(DeskItem item) => State switch
    {
        ContentState.Published => !item.Trashed && item.Published > 0 && !item.HasDraft,
        ContentState.Draft => item.HasDraft && item.Published > 0,
        ContentState.Unpublished => !item.Trashed && item.Published == 0,
        ContentState.Trashed => item.Trashed,
        _ => true,
    };
}
