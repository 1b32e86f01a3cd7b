using System.ComponentModel.DataAnnotations;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Areas.Admin.Models;

public sealed class LoginForm
{
    [Required(ErrorMessage = "请输入用户名。")]
    [StringLength(AccountLimits.MaxUserNameLength, ErrorMessage = "用户名不能超过 {1} 个字符。")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请输入密码。")]
    [StringLength(AccountLimits.MaxPasswordLength, ErrorMessage = "密码不能超过 {1} 个字符。")]
    [DataType(DataType.Password)]
    [Display(Name = "密码")]
    public string Password { get; set; } = "";

    [StringLength(AccountLimits.MaxReturnUrlLength, ErrorMessage = "返回地址过长，请直接登录。")]
    public string? ReturnUrl { get; set; }
}
