using System.ComponentModel.DataAnnotations;

namespace Qujing.Web.Text;

/// <summary>Refuses Markdown whose lists and quotes nest deeper than <see cref="MarkdownRenderer.MaxNesting"/> levels.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MarkdownNestingAttribute() : ValidationAttribute($"嵌套层级过深（最多 {MarkdownRenderer.MaxNesting} 层），请简化列表或引用。")
{
    public override bool IsValid(object? value) => value is not string markdown || !MarkdownRenderer.IsTooDeep(markdown);
}
