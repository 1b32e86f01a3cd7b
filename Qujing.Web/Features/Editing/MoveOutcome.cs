namespace Qujing.Web.Features.Editing;

/// <summary>What moving a section up or down did.</summary>
public enum MoveOutcome
{
    Moved = 0,
    AlreadyFirst = 1,
    AlreadyLast = 2,
    NotFound = 3,
}
