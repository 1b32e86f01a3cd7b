using System.ComponentModel.DataAnnotations;

namespace Qujing.Web.Areas.Admin.Models;

public sealed class LoginForm
{
    [Required(ErrorMessage = "请输入用户名。")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请输入密码。")]
    [DataType(DataType.Password)]
    [Display(Name = "密码")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
