namespace Qujing.Web.Features.Editing.Desk;

/// <summary>What the dashboard shows an editor: what waits for them and others, what just changed, what to add.</summary>
public sealed record DeskSummary(
    IReadOnlyList<KindCount> Kinds, IReadOnlyList<DeskDraft> MyDrafts, IReadOnlyList<DeskDraft> OthersDrafts,
    IReadOnlyList<DeskChange> Recent, int OpenReportItems, IReadOnlyList<DeskSchedule> Scheduled);

/// <summary>How many items of a kind exist (trashed ones not counted), and whether editors can add one.</summary>
public sealed record KindCount(string Plural, string Label, int Count, bool CanCreate);

/// <summary>An item whose newest revision is not yet what readers see, and who saved that revision when.</summary>
public sealed record DeskDraft(DeskItem Item, string Author, DateTimeOffset At);

/// <summary>One saved revision, newest first on the dashboard.</summary>
public sealed record DeskChange(DeskItem Item, int Number, string Author, DateTimeOffset At, string Note);

/// <summary>A scheduled publication, the soonest first; a failed one with the reason it was not carried out.</summary>
public sealed record DeskSchedule(DeskItem Item, int Number, DateTimeOffset DueAt, string ScheduledBy, string? FailureReason);
