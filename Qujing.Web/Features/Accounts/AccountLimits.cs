namespace Qujing.Web.Features.Accounts;

/// <summary>
/// Length limits of what people type into the account forms. They are checked before anything reaches Identity, the
/// database or the audit log; Identity itself sets none (its user-name column is 256 wide, SQLite does not enforce it).
/// </summary>
public static class AccountLimits
{
    public const int MaxUserNameLength = 64;

    /// <summary>Far above any pass phrase; it bounds what is hashed and bound from the form.</summary>
    public const int MaxPasswordLength = 128;

    /// <summary>The login form's hidden return address (a local path with its query).</summary>
    public const int MaxReturnUrlLength = 2048;
}
