using System.ComponentModel.DataAnnotations;
using Qujing.Web.Accounts;

namespace Qujing.Web.Areas.Admin.Models;

public sealed class NewUserForm
{
    [Required(ErrorMessage = "请输入用户名。")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请输入初始密码。")]
    [DataType(DataType.Password)]
    [Display(Name = "初始密码")]
    public string Password { get; set; } = "";

    [Display(Name = "角色")]
    [AllowedValues(Roles.Admin, Roles.Editor, ErrorMessage = "请选择角色。")]
    public string Role { get; set; } = Roles.Editor;
}
