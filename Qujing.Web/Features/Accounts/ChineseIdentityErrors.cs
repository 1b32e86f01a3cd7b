using Microsoft.AspNetCore.Identity;

namespace Qujing.Web.Features.Accounts;

/// <summary>Identity's messages in Chinese, since editors see them next to the fields.</summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "操作失败，请重试。");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"用户名“{userName}”已被使用。");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"用户名“{userName}”无效，只能包含字母、数字和 -._@+。");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "当前密码不正确。");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"密码至少需要 {length} 个字符。");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "密码需要至少一个符号（如 !、#、%）。");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "密码需要至少一个数字。");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "密码需要至少一个小写字母。");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "密码需要至少一个大写字母。");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"密码至少需要 {uniqueChars} 个不同的字符。");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"该用户已是 {role}。");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "该用户未启用锁定。");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
