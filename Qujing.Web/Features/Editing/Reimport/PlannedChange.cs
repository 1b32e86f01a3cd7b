namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>
/// One item of a re-import plan, as the review shows it and the confirmation applies it. <see cref="Apply"/> carries
/// the typed work; the plan is made again at confirmation, so nothing here outlives one request.
/// </summary>
public sealed class PlannedChange
{
    /// <summary>Its place in the plan: the review's form names its choice after it.</summary>
    public int Index { get; set; }
    public required string ItemType { get; init; }
    /// <summary>The kind as editors call it ("栏目").</summary>
    public required string KindLabel { get; init; }
    public required string Title { get; init; }
    public required string Key { get; init; }
    /// <summary>The item on the site, or null for an addition.</summary>
    public int? ItemId { get; init; }
    /// <summary>The importer's entity the item comes from (null for a removal): new items are linked through it.</summary>
    public object? Source { get; init; }
    public required ChangeKind Kind { get; init; }
    /// <summary>Editors have saved a revision since the last import (or put the item in the trash).</summary>
    public bool EditedSinceImport { get; init; }
    public bool InTrash { get; init; }
    public bool IsPublished { get; init; }
    /// <summary>The latest revision number and the published one, which the review's fingerprint covers.</summary>
    public int LatestNumber { get; init; }
    public int PublishedNumber { get; init; }
    public IReadOnlyList<ReimportChoice> Choices { get; init; } = [];
    public ReimportChoice DefaultChoice { get; init; }
    /// <summary>Field by field: what readers see now, what the new text says, and what the editors changed since the last import.</summary>
    public IReadOnlyList<ComparedField> Fields { get; init; } = [];
    public required Func<ReimportChoice, ApplyContext, CancellationToken, Task> Apply { get; init; }

    public ReimportChoice Chosen(string? posted) =>
        Enum.TryParse<ReimportChoice>(posted, out var choice) && Choices.Contains(choice) ? choice : DefaultChoice;
}
