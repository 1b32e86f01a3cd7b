namespace Qujing.Web.Features.Corrections;

/// <summary>The item a correction is about, as its 位置 line names it (<see cref="Text"/>, kept for the public page).</summary>
public sealed record CorrectionPlace(PlaceKind Kind, string Name, string Text);
