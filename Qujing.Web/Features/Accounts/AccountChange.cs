namespace Qujing.Web.Features.Accounts;

/// <summary>The outcome of an Admin's change to an account.</summary>
public enum AccountChange
{
    Done,
    NotFound,

    /// <summary>An Admin tried to disable, reset or demote their own account (they use 修改密码, or another Admin does it).</summary>
    RefusedForSelf,

    /// <summary>Identity refused the change (most often: someone else changed the account at the same moment).</summary>
    Failed,
}
