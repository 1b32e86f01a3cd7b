using System.ComponentModel.DataAnnotations;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Quotes;

/// <summary>
/// A quote as an editor changes it; also what one of its revisions holds.
/// Every text field follows the input rule (<see cref="InputText"/>) as it is set: by the form, the importer, or an old revision being read.
/// </summary>
public sealed record QuoteContent
{
    public const string ItemType = "quote";

    [Required(ErrorMessage = "请填写说话人。")]
    [StringLength(ContentLimits.Name, ErrorMessage = "说话人不能超过 {1} 个字符。")]
    [Display(Name = "说话人")]
    public string Speaker { get; init => field = InputText.Clean(value); } = "";

    [StringLength(ContentLimits.Name, ErrorMessage = "职务不能超过 {1} 个字符。")]
    [Display(Name = "职务")]
    public string Role { get; init => field = InputText.Clean(value); } = "";

    [Required(ErrorMessage = "请填写引语。")]
    [StringLength(ContentLimits.Passage, ErrorMessage = "引语不能超过 {1} 个字符。")]
    [Display(Name = "引语")]
    public string Words { get; init => field = InputText.Clean(value); } = "";

    [AllowedValues("true", "false", ErrorMessage = "请选择引语类型。")]
    [Display(Name = "引语类型")]
    public string IsDirect { get; init => field = InputText.Clean(value); } = "true";

    public static QuoteContent Of(Quote q) => new() { Speaker = q.Speaker, Role = q.Role, Words = q.Words, IsDirect = q.IsDirect ? "true" : "false" };
}
