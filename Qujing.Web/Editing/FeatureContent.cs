using System.ComponentModel.DataAnnotations;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Editing;

/// <summary>The feature's title, byline and lead; also what one of its revisions holds.</summary>
public sealed record FeatureContent
{
    public const string ItemType = "feature";

    [Required(ErrorMessage = "请填写标题。")]
    [StringLength(200, ErrorMessage = "标题不能超过 200 个字符。")]
    [Display(Name = "标题")]
    public string Title { get; init; } = "";

    [StringLength(100, ErrorMessage = "署名不能超过 100 个字符。")]
    [Display(Name = "署名")]
    public string Byline { get; init; } = "";

    [Display(Name = "导语（Markdown）")]
    public string LeadMarkdown { get; init; } = "";

    public static FeatureContent Of(Feature f) => new() { Title = f.Title, Byline = f.Byline, LeadMarkdown = f.LeadMarkdown };
}
