using System.ComponentModel.DataAnnotations;
using Qujing.Web.Features.Editing;
using Qujing.Web.Text;

namespace Qujing.Web.Features.Sections;

/// <summary>
/// Everything an editor can change on a section; also what one of its revisions holds.
/// Every text field follows the input rule (<see cref="InputText"/>) as it is set: by the form, the importer, or an old revision being read.
/// </summary>
public sealed record SectionContent
{
    public const string ItemType = "section";

    [Required(ErrorMessage = "请填写标题。")]
    [StringLength(ContentLimits.Title, ErrorMessage = "标题不能超过 {1} 个字符。")]
    [Display(Name = "标题")]
    public string Heading { get; init => field = InputText.Clean(value); } = "";

    [Required(ErrorMessage = "请填写网址名。")]
    [StringLength(ContentLimits.Slug, ErrorMessage = "网址名不能超过 {1} 个字符。")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "网址名只能用小写英文字母、数字和连字符（-），例如 section-1。")]
    [Display(Name = "网址名")]
    public string Slug { get; init => field = InputText.Clean(value); } = "";

    [StringLength(ContentLimits.Body, ErrorMessage = "正文不能超过 {1} 个字符。")]
    [MarkdownNesting]
    [Features.Media.LibraryImagesOnly]
    [Display(Name = "正文（Markdown）")]
    public string BodyMarkdown { get; init => field = MarkdownText.Tidy(InputText.Clean(value)); } = "";

    /// <summary>The library photo at the top of the page and in its share image; none when null.</summary>
    [Display(Name = "题图")]
    public int? LeadImageId { get; init; }

    public static SectionContent Of(Data.Entities.Section s) => new() { Heading = s.Heading, Slug = s.Slug, BodyMarkdown = s.BodyMarkdown, LeadImageId = s.LeadImageId };
}
