namespace Qujing.Web.Features.Editing.Desk;

/// <summary>One page of a kind's filtered list, with the filter as applied (its page clamped to those that exist).</summary>
public sealed record ContentListResults(ContentListFilter Filter, IReadOnlyList<DeskItem> Rows, int Total, int Pages);
