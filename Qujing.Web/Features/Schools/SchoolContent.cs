using System.ComponentModel.DataAnnotations;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Schools;

/// <summary>
/// Everything an editor can change on a school; also what one of its revisions holds.
/// Every text field follows the input rule (<see cref="InputText"/>) as it is set: by the form, the importer, or an old revision being read.
/// </summary>
public sealed record SchoolContent
{
    public const string ItemType = "school";

    [Required(ErrorMessage = "请填写校名。")]
    [StringLength(ContentLimits.Name, ErrorMessage = "校名不能超过 {1} 个字符。")]
    [Display(Name = "校名")]
    public string Name { get; init => field = InputText.Clean(value); } = "";

    [Required(ErrorMessage = "请填写网址名。")]
    [StringLength(ContentLimits.Slug, ErrorMessage = "网址名不能超过 {1} 个字符。")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "网址名只能用小写英文字母、数字和连字符（-），例如 school-1。")]
    [Display(Name = "网址名")]
    public string Slug { get; init => field = InputText.Clean(value); } = "";

    [Required(ErrorMessage = "请填写所在县（市、区），市直学校填市名。")]
    [StringLength(ContentLimits.Label, ErrorMessage = "县（市、区）名不能超过 {1} 个字符。")]
    [Display(Name = "所在县（市、区）或市直")]
    public string County { get; init => field = InputText.Clean(value); } = "";

    /// <summary>Other names, one a line.</summary>
    [StringLength(ContentLimits.Passage, ErrorMessage = "其他名称合计不能超过 {1} 个字符。")]
    [Display(Name = "其他名称（每行一个）")]
    public string Aliases { get; init => field = InputText.Clean(value); } = "";

    [StringLength(ContentLimits.Body, ErrorMessage = "简介不能超过 {1} 个字符。")]
    [MarkdownNesting]
    [Features.Media.LibraryImagesOnly]
    [Display(Name = "简介（Markdown）")]
    public string ProfileMarkdown { get; init => field = MarkdownText.Tidy(InputText.Clean(value)); } = "";

    /// <summary>The library photo at the top of the page and in its share image; none when null.</summary>
    [Display(Name = "题图")]
    public int? LeadImageId { get; init; }

    public IEnumerable<string> AliasList => Aliases.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct();

    public static SchoolContent Of(School s) => new()
    {
        Name = s.Name,
        Slug = s.Slug,
        County = s.County?.Name ?? "",
        Aliases = string.Join("\n", s.Aliases.Select(a => a.Name)),
        ProfileMarkdown = s.ProfileMarkdown,
        LeadImageId = s.LeadImageId,
    };
}
