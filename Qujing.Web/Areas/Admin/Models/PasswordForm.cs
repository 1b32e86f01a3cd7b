using System.ComponentModel.DataAnnotations;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Areas.Admin.Models;

public sealed class PasswordForm
{
    [Required(ErrorMessage = "请输入当前密码。")]
    [StringLength(AccountLimits.MaxPasswordLength, ErrorMessage = "密码不能超过 {1} 个字符。")]
    [DataType(DataType.Password)]
    [Display(Name = "当前密码")]
    public string Current { get; set; } = "";

    [Required(ErrorMessage = "请输入新密码。")]
    [StringLength(AccountLimits.MaxPasswordLength, ErrorMessage = "密码不能超过 {1} 个字符。")]
    [DataType(DataType.Password)]
    [Display(Name = "新密码")]
    public string New { get; set; } = "";

    [Compare(nameof(New), ErrorMessage = "两次输入的新密码不一致。")]
    [StringLength(AccountLimits.MaxPasswordLength, ErrorMessage = "密码不能超过 {1} 个字符。")]
    [DataType(DataType.Password)]
    [Display(Name = "再次输入新密码")]
    public string Confirm { get; set; } = "";
}
