namespace Qujing.Web.Features.Corrections;

/// <summary>Where a 移到 line puts the paragraphs: before or after the paragraph (or sub-heading) holding <see cref="Anchor"/>.</summary>
public sealed record CorrectionMove(string Anchor, bool Before)
{
    /// <summary>As the file writes it: “…之前” or “…之后”.</summary>
    public override string ToString() => Anchor + (Before ? "之前" : "之后");
}
