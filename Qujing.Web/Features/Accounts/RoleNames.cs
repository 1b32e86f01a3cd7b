namespace Qujing.Web.Features.Accounts;

/// <summary>The roles as editors read them.</summary>
public static class RoleNames
{
    public static string Of(string role) => role switch
    {
        Roles.Admin => "管理员",
        Roles.Editor => "编辑",
        _ => role,
    };
}
