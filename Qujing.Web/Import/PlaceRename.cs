namespace Qujing.Web.Import;

/// <summary>A county-level place that took a new name ("宣威县" became "宣威市" in 1994, "撤县设市").</summary>
public sealed record PlaceRename(string OldName, string NewName, int Year, string Change)
{
    /// <summary>The name without its 县/市/区, as a reader says it ("宣威").</summary>
    public string Stem => OldName[..^1];
}
