using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Areas.Admin.Models;

/// <summary>The audit page: one page of results, and each item type's admin address and Chinese name for its links.</summary>
public sealed record AuditPage(AuditResults Results, IReadOnlyDictionary<string, AuditKind> Kinds, bool Clipped)
{
    /// <summary>Where an entry's item is edited (its history, which exists for trashed items too), or null.</summary>
    public string? ItemLink(Data.Entities.AuditEntry entry) =>
        entry is { ItemType: { } type, ItemId: { } id } && Kinds.TryGetValue(type, out var kind) ? $"/admin/{kind.Plural}/{id}/history" : null;

    public string ItemLabel(Data.Entities.AuditEntry entry) =>
        entry.ItemType is not { } type ? "" : $"{(Kinds.TryGetValue(type, out var kind) ? kind.Label : type)} #{entry.ItemId}";
}

public sealed record AuditKind(string Plural, string Label);
