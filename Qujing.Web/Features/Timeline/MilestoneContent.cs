using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing;
using Qujing.Web.Import;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Timeline;

/// <summary>
/// A milestone as an editor changes it; also what one of its revisions holds.
/// Every text field follows the input rule (<see cref="InputText"/>) as it is set: by the form, the importer, or an old revision being read.
/// </summary>
public sealed record MilestoneContent
{
    public const string ItemType = "milestone";

    [Required(ErrorMessage = "请填写日期（如 2022-01-16）。")]
    [StringLength(10, ErrorMessage = "日期不能超过 {1} 个字符。")]
    [RegularExpression("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", ErrorMessage = "日期格式为 2022、2022-05 或 2022-01-16。")]
    [Display(Name = "日期（排序用：年、年-月 或 年-月-日）")]
    // Full-width digits (２０２２, typed with a Chinese input method) are digits: kept as ASCII.
    public string Date { get; init => field = Import.CharacterNormaliser.NarrowDigits(InputText.Clean(value)).Text; } = "";

    [Required(ErrorMessage = "请填写显示的日期。")]
    [StringLength(ContentLimits.Label, ErrorMessage = "显示的日期不能超过 {1} 个字符。")]
    [Display(Name = "显示的日期（如 2022年以来）")]
    public string DateText { get; init => field = InputText.Clean(value); } = "";

    [AllowedValues("National", "Provincial", "City", "School", ErrorMessage = "请选择层级。")]
    [Display(Name = "层级")]
    public string Level { get; init => field = InputText.Clean(value); } = nameof(MilestoneLevel.City);

    [Required(ErrorMessage = "请填写事件。")]
    [StringLength(ContentLimits.Sentence, ErrorMessage = "事件不能超过 {1} 个字符。")]
    [Display(Name = "事件")]
    public string Summary { get; init => field = InputText.Clean(value); } = "";

    [StringLength(ContentLimits.Sentence, ErrorMessage = "出处原句不能超过 {1} 个字符。")]
    [Display(Name = "出处原句")]
    public string SourceSentence { get; init => field = InputText.Clean(value); } = "";

    /// <summary>The date and its precision, or null when <see cref="Date"/> is not a real date.</summary>
    public (DateOnly Date, DatePrecision Precision)? Parsed()
    {
        foreach (var precision in Enum.GetValues<DatePrecision>())
        {
            if (DateOnly.TryParseExact(Date, MilestoneDates.IsoFormat(precision), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (date, precision);
            }
        }

        return null;
    }

    public static MilestoneContent Of(Milestone m) => new()
    {
        Date = MilestoneDates.Iso(m.Date, m.Precision),
        DateText = m.DateText,
        Level = m.Level.ToString(),
        Summary = m.Summary,
        SourceSentence = m.SourceSentence,
    };
}
