namespace Qujing.Web.Features.Layout;

/// <summary>
/// A search form: the header's, on every page, or the results page's own, which shows the query again. Both can be on
/// one page, so each has its own field id and its own name for screen readers.
/// </summary>
public sealed record SearchForm(string? Query, string FieldId, string Name)
{
    public static SearchForm InHeader { get; } = new(null, "q-header", "站内搜索");

    public static SearchForm OnResults(string query) => new(query, "q-results", "重新搜索");
}
