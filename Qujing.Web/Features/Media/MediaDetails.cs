using System.ComponentModel.DataAnnotations;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Media;

/// <summary>What an editor says about a photo: alt text (required), caption and credit, each cleaned as every input is.</summary>
public sealed class MediaDetails
{
    [Required(ErrorMessage = "请填写替代文字：看不见图片的读者（读屏软件）靠它了解图片内容。")]
    [StringLength(MediaLimits.Alt, ErrorMessage = "替代文字不能超过 {1} 个字符。")]
    [Display(Name = "替代文字（必填）")]
    public string Alt { get; set => field = InputText.Clean(value); } = "";

    [StringLength(MediaLimits.Caption, ErrorMessage = "图片说明不能超过 {1} 个字符。")]
    [Display(Name = "图片说明")]
    public string Caption { get; set => field = InputText.Clean(value); } = "";

    [StringLength(MediaLimits.Credit, ErrorMessage = "署名不能超过 {1} 个字符。")]
    [Display(Name = "署名（摄影、来源）")]
    public string Credit { get; set => field = InputText.Clean(value); } = "";
}
