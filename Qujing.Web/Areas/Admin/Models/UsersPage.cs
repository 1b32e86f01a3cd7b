namespace Qujing.Web.Areas.Admin.Models;

public sealed record UserRow(string UserName, string Roles, bool LockedOut);

public sealed record UsersPage(IReadOnlyList<UserRow> Users, NewUserForm Form);
