namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>The Admin's decision for one item of a re-import.</summary>
public enum ReimportChoice
{
    /// <summary>Apply the new text (an update or addition; for a conflict, the new text over the editors' version).</summary>
    Take = 0,

    /// <summary>Keep the site's version (a conflict: the editors'; a removal: the item stays).</summary>
    Keep = 1,

    /// <summary>A conflict whose changes touch different paragraphs or fields: both, combined.</summary>
    Merge = 2,

    /// <summary>A removal: the item goes to the trash (it can be restored).</summary>
    Trash = 3,
}
