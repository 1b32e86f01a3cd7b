using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Corrections;

/// <summary>One item's content after one correction: a first import saves it as a revision by 编辑部 with the reason as its note.</summary>
public sealed record CorrectionStep(Correction Correction, string ItemType, IEditable Source, object Content)
{
    /// <summary>The author of the revisions corrections make: the newsroom, not one editor's account.</summary>
    public const string Author = "编辑部";
}
