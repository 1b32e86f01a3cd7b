using Qujing.Web.Accounts;

namespace Qujing.Web.Areas.Admin.Models;

/// <summary>One account on the accounts page; <see cref="IsSelf"/> hides the buttons an Admin may not use on their own account.</summary>
public sealed record UserRow(string Id, string UserName, string Roles, AccountState State, bool IsSelf);

public sealed record UsersPage(IReadOnlyList<UserRow> Users, NewUserForm Form);
