using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Areas.Admin.Models;

/// <summary>One account on the accounts page; <see cref="IsSelf"/> hides the buttons an Admin may not use on their own account.</summary>
public sealed record UserRow(string Id, string UserName, string Roles, string Role, AccountState State, bool IsSelf);

public sealed record UsersPage(IReadOnlyList<UserRow> Users, NewUserForm Form)
{
    /// <summary>A password just generated for someone, shown on this one page and never again.</summary>
    public PasswordReset? Reset { get; init; }
}

public sealed record PasswordReset(string UserName, string Password);
