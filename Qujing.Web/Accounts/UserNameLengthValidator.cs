using Microsoft.AspNetCore.Identity;

namespace Qujing.Web.Accounts;

/// <summary>
/// Identity sets no length limit on user names; this one holds for every way an account is made (the accounts page,
/// the add-user verb, the first Admin from configuration), not only for the forms that check it themselves.
/// </summary>
public sealed class UserNameLengthValidator : IUserValidator<IdentityUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user) =>
        Task.FromResult(user.UserName is { Length: > AccountLimits.MaxUserNameLength }
            ? IdentityResult.Failed(new IdentityError { Code = nameof(IdentityErrorDescriber.InvalidUserName), Description = $"用户名不能超过 {AccountLimits.MaxUserNameLength} 个字符。" })
            : IdentityResult.Success);
}
