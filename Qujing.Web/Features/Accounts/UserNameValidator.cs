using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Qujing.Web.Features.Accounts;

/// <summary>
/// Any script is allowed in a user name (王编辑), within a length limit and without characters a reader of the audit log
/// could not see or tell apart: spaces, control and format characters. Holds for every way an account is made (the
/// accounts page, the add-user verb, the first Admin from configuration), not only for the forms that check it themselves.
/// </summary>
public sealed class UserNameValidator : IUserValidator<IdentityUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user) =>
        Task.FromResult(user.UserName switch
        {
            { Length: > AccountLimits.MaxUserNameLength } => Failed($"用户名不能超过 {AccountLimits.MaxUserNameLength} 个字符。"),
            { } name when name.EnumerateRunes().Any(Unseen) => Failed("用户名不能包含空格或看不见的字符。"),
            _ => IdentityResult.Success,
        });

    private static bool Unseen(System.Text.Rune rune) => System.Text.Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned;

    private static IdentityResult Failed(string message) =>
        IdentityResult.Failed(new IdentityError { Code = nameof(IdentityErrorDescriber.InvalidUserName), Description = message });
}
