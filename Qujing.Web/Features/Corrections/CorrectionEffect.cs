using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Corrections;

/// <summary>A correction that was applied: the item it names, the paragraph it changed there, and every item it changed.</summary>
/// <param name="Paragraph">The changed paragraph's #pN on the item's page once every correction is applied; null for a heading, a removed paragraph or a field without paragraphs.</param>
/// <param name="Targets">The named item first, then the items showing the same passage (a school's profile, a milestone, a figure, a quote).</param>
public sealed record CorrectionEffect(Correction Correction, string ItemType, IEditable Source, int? Paragraph, IReadOnlyList<(string ItemType, IEditable Source)> Targets);
