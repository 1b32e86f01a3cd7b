using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Figures;

/// <summary>
/// A key figure as an editor changes it; also what one of its revisions holds.
/// Every text field follows the input rule (<see cref="InputText"/>) as it is set: by the form, the importer, or an old revision being read.
/// </summary>
public sealed record FigureContent
{
    public const string ItemType = "figure";

    [Required(ErrorMessage = "请填写数值。")]
    [StringLength(ContentLimits.Number, ErrorMessage = "数值不能超过 {1} 位。")]
    [RegularExpression("^[0-9]+([.][0-9]+)?$", ErrorMessage = "数值只能是数字，例如 575.6。")]
    [Display(Name = "数值")]
    // Full-width digits (２０２２, typed with a Chinese input method) are digits: kept as ASCII.
    public string Value { get; init => field = Import.CharacterNormaliser.NarrowDigits(InputText.Clean(value)).Text; } = "";

    [Required(ErrorMessage = "请填写单位。")]
    [StringLength(10, ErrorMessage = "单位不能超过 {1} 个字符。")]
    [Display(Name = "单位（如 万人、所）")]
    public string Unit { get; init => field = InputText.Clean(value); } = "";

    [Required(ErrorMessage = "请填写统计的是什么。")]
    [StringLength(ContentLimits.Title, ErrorMessage = "统计的是什么不能超过 {1} 个字符。")]
    [Display(Name = "统计的是什么")]
    public string Label { get; init => field = InputText.Clean(value); } = "";

    [StringLength(ContentLimits.Sentence, ErrorMessage = "出处原句不能超过 {1} 个字符。")]
    [Display(Name = "出处原句")]
    public string SourceSentence { get; init => field = InputText.Clean(value); } = "";

    /// <summary>
    /// The value as a number, for content that passed validation. A method, not a property: model validation reads
    /// every property, and would parse a value it is about to refuse.
    /// </summary>
    public decimal Number() => decimal.Parse(Value, CultureInfo.InvariantCulture);

    public static FigureContent Of(KeyFigure f) => new() { Value = f.ValueText, Unit = f.Unit, Label = f.Label, SourceSentence = f.SourceSentence };
}
