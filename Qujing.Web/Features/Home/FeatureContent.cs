using System.ComponentModel.DataAnnotations;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Home;

/// <summary>
/// The feature's title, byline, lead and original outlet; also what one of its revisions holds.
/// Every text field follows the input rule (<see cref="InputText"/>) as it is set: by the form, the importer, or an old revision being read.
/// </summary>
public sealed record FeatureContent
{
    public const string ItemType = "feature";

    [Required(ErrorMessage = "请填写标题。")]
    [StringLength(ContentLimits.Title, ErrorMessage = "标题不能超过 {1} 个字符。")]
    [Display(Name = "标题")]
    public string Title { get; init => field = InputText.Clean(value); } = "";

    [StringLength(ContentLimits.Name, ErrorMessage = "署名不能超过 {1} 个字符。")]
    [Display(Name = "署名")]
    public string Byline { get; init => field = InputText.Clean(value); } = "";

    [StringLength(ContentLimits.Lead, ErrorMessage = "导语不能超过 {1} 个字符。")]
    [MarkdownNesting]
    [Features.Media.LibraryImagesOnly]
    [Display(Name = "导语（Markdown）")]
    public string LeadMarkdown { get; init => field = MarkdownText.Tidy(InputText.Clean(value)); } = "";

    [StringLength(ContentLimits.Title, ErrorMessage = "原刊出处不能超过 {1} 个字符。")]
    [Display(Name = "原刊出处（媒体和日期）")]
    public string OriginalSource { get; init => field = InputText.Clean(value); } = "";

    public static FeatureContent Of(Feature f) => new() { Title = f.Title, Byline = f.Byline, LeadMarkdown = f.LeadMarkdown, OriginalSource = f.OriginalSource };
}
