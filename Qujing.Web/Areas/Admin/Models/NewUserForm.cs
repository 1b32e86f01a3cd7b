using System.ComponentModel.DataAnnotations;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Areas.Admin.Models;

public sealed class NewUserForm
{
    [Required(ErrorMessage = "请输入用户名。")]
    [StringLength(AccountLimits.MaxUserNameLength, ErrorMessage = "用户名不能超过 {1} 个字符。")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请输入初始密码。")]
    [StringLength(AccountLimits.MaxPasswordLength, ErrorMessage = "密码不能超过 {1} 个字符。")]
    [DataType(DataType.Password)]
    [Display(Name = "初始密码")]
    public string Password { get; set; } = "";

    [Display(Name = "角色")]
    [AllowedValues(Roles.Admin, Roles.Editor, ErrorMessage = "请选择角色。")]
    public string Role { get; set; } = Roles.Editor;
}
