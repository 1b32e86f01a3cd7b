namespace Qujing.Web.Features.Accounts;

/// <summary>The two editor roles: Admin does everything and manages accounts; Editor edits content only.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";

    public static readonly string[] All = [Admin, Editor];
}
