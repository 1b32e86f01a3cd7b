namespace Qujing.Web.Accounts;

/// <summary>The outcome of an Admin's change to an account.</summary>
public enum AccountChange
{
    Done,
    NotFound,

    /// <summary>An Admin tried to disable their own account (which would leave the site to lock them out).</summary>
    RefusedForSelf,

    /// <summary>Identity refused the change (most often: someone else changed the account at the same moment).</summary>
    Failed,
}
