using System.ComponentModel.DataAnnotations;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Editing;

/// <summary>A quote as an editor changes it; also what one of its revisions holds.</summary>
public sealed record QuoteContent
{
    public const string ItemType = "quote";

    [Required(ErrorMessage = "请填写说话人。")]
    [Display(Name = "说话人")]
    public string Speaker { get; init; } = "";

    [Display(Name = "职务")]
    public string Role { get; init; } = "";

    [Required(ErrorMessage = "请填写引语。")]
    [Display(Name = "引语")]
    public string Words { get; init; } = "";

    [AllowedValues("true", "false", ErrorMessage = "请选择引语类型。")]
    [Display(Name = "直接引语")]
    public string IsDirect { get; init; } = "true";

    public static QuoteContent Of(Quote q) => new() { Speaker = q.Speaker, Role = q.Role, Words = q.Words, IsDirect = q.IsDirect ? "true" : "false" };
}
