namespace Qujing.Web.Features.Accounts;

/// <summary>Whether an account can sign in: as usual, locked for a while after failed logins, or disabled by an Admin.</summary>
public enum AccountState
{
    Active,
    LockedOut,
    Disabled,
}
