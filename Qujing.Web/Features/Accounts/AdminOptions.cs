namespace Qujing.Web.Features.Accounts;

/// <summary>The first Admin account, created at start-up when no account exists (section "Admin"). Never a built-in default.</summary>
public sealed class AdminOptions
{
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
}
