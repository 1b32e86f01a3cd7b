namespace Qujing.Web.Features.Corrections;

/// <summary>A place on the site a correction concerns, with its address when readers can see it.</summary>
public sealed record PlaceLink(string Label, string? Url);

/// <summary>One correction as the public corrections page (更正说明) shows it.</summary>
public sealed record CorrectionEntry(
    int Number, string Title, PlaceLink Where, string Before, string? After, string? MovedTo, string Reason, IReadOnlyList<PlaceLink> AlsoIn);

/// <summary>The public corrections page.</summary>
public sealed record CorrectionsPage(IReadOnlyList<CorrectionEntry> Entries);
