using Microsoft.AspNetCore.Identity;
using Qujing.Web.Data;

namespace Qujing.Web.Features.Accounts;

/// <summary>
/// What an Admin does to other accounts: unlock, disable, enable, end sessions, reset the password, change the role;
/// each one audited. Sessions end through
/// Identity's security stamp: a new stamp makes every cookie issued before it invalid at its next request.
/// </summary>
public sealed class AccountControl(UserManager<IdentityUser> users, AuditLog audit, TimeProvider clock, QujingDbContext db)
{
    /// <summary>A disabled account is one locked out until the end of time (Identity then refuses every login).</summary>
    private static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    public AccountState StateOf(IdentityUser user) =>
        user.LockoutEnd == DisabledUntil ? AccountState.Disabled
        : user.LockoutEnd > clock.GetUtcNow() ? AccountState.LockedOut
        : AccountState.Active;

    /// <summary>Ends a lockout after failed logins early.</summary>
    public Task<AccountChange> UnlockAsync(string id, string by) => ChangeAsync(id, by, "解锁账户", ClearLockoutAsync);

    public Task<AccountChange> EnableAsync(string id, string by) => ChangeAsync(id, by, "启用账户", ClearLockoutAsync);

    /// <summary>Stops the account signing in and ends its sessions at once; an Admin cannot do this to themselves.</summary>
    public Task<AccountChange> DisableAsync(string id, string by) => ChangeAsync(id, by, "停用账户", user => InTurnAsync(
        () => users.SetLockoutEnabledAsync(user, true),
        () => users.SetLockoutEndDateAsync(user, DisabledUntil),
        () => users.UpdateSecurityStampAsync(user)), refuseForSelf: true);

    /// <summary>Signs the account out everywhere (a lost phone, a shared computer); it can sign in again.</summary>
    public Task<AccountChange> EndSessionsAsync(string id, string by) => ChangeAsync(id, by, "结束会话", users.UpdateSecurityStampAsync);

    /// <summary>
    /// Gives the account a new random password, shown once to the Admin who passes it on, and ends its sessions. The hash
    /// and the new security stamp are stored in one update, so a failure leaves the old password working.
    /// </summary>
    public async Task<(AccountChange Change, string? Password)> ResetPasswordAsync(string id, string by)
    {
        var password = GeneratedPassword.New();
        var change = await ChangeAsync(id, by, "重置密码", user =>
        {
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            return users.UpdateSecurityStampAsync(user);
        }, refuseForSelf: true);
        return (change, change == AccountChange.Done ? password : null);
    }

    /// <summary>
    /// Makes the account an Editor or an Admin; its sessions end so that the new role holds from its next request. An
    /// Admin cannot change their own role (the last Admin could otherwise demote themselves).
    /// </summary>
    public Task<AccountChange> ChangeRoleAsync(string id, string role, string by) => ChangeAsync(id, by, $"更改角色为 {role}", async user =>
    {
        var current = await users.GetRolesAsync(user);
        if (current.SequenceEqual([role]))
        {
            return IdentityResult.Success;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await InTurnAsync(
            () => users.RemoveFromRolesAsync(user, current),
            () => users.AddToRoleAsync(user, role),
            () => users.UpdateSecurityStampAsync(user));
        if (result.Succeeded)
        {
            await transaction.CommitAsync();
        }

        return result;
    }, refuseForSelf: true);

    private Task<IdentityResult> ClearLockoutAsync(IdentityUser user) => InTurnAsync(
        () => users.SetLockoutEndDateAsync(user, null),
        () => users.ResetAccessFailedCountAsync(user));

    /// <summary>Runs Identity's steps one after another, stopping at the first that fails.</summary>
    private static async Task<IdentityResult> InTurnAsync(params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            if (await step() is { Succeeded: false } failed)
            {
                return failed;
            }
        }

        return IdentityResult.Success;
    }

    private async Task<AccountChange> ChangeAsync(string id, string by, string action, Func<IdentityUser, Task<IdentityResult>> change, bool refuseForSelf = false)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return AccountChange.NotFound;
        }

        if (refuseForSelf && string.Equals(user.UserName, by, StringComparison.Ordinal))
        {
            return AccountChange.RefusedForSelf;
        }

        if (!(await change(user)).Succeeded)
        {
            return AccountChange.Failed;
        }

        await audit.RecordAsync(by, action, user.UserName ?? "");
        return AccountChange.Done;
    }
}
