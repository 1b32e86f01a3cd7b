namespace Qujing.Web.Infrastructure.Caching;

/// <summary>The editors' sign-in cookie: its presence alone sends a request past the page cache.</summary>
public static class AuthCookie
{
    public const string Name = "qujing.auth";
}
