namespace Qujing.Web.Features.Editing.Desk;

/// <summary>The states an editor narrows a list to; the labels are the list's own words for them.</summary>
public enum ContentState
{
    All,

    /// <summary>Readers see the newest revision.</summary>
    Published,

    /// <summary>Published, and a revision newer than the one readers see waits.</summary>
    Draft,

    /// <summary>Never published (and not in the trash).</summary>
    Unpublished,

    Trashed,
}
