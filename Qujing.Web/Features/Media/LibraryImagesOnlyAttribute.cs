using System.ComponentModel.DataAnnotations;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Qujing.Web.Features.Media;

/// <summary>Refuses Markdown with an image that is not from the media library (readers would see only its alt text).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class LibraryImagesOnlyAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string markdown || !markdown.Contains('!', StringComparison.Ordinal))
        {
            return ValidationResult.Success;
        }

        string? refused;
        try
        {
            var document = Markdig.Markdown.Parse(markdown, Text.MarkdownRenderer.ParsingPipeline);
            refused = document.Descendants<LinkInline>().FirstOrDefault(l => l.IsImage && MediaUrls.ItemOf(l.Url) is null)?.Url;
        }
        catch (ArgumentException)
        {
            return ValidationResult.Success; // too deep to parse: MarkdownNesting says so
        }

        if (refused is null)
        {
            return ValidationResult.Success;
        }

        var shown = refused.Length > 60 ? refused[..60] + "…" : refused;
        return new ValidationResult(
            $"图片只能引用本站媒体库中的图片（例如 ![说明](/media/12)），不能使用“{shown}”。请先在“媒体库”上传图片，再复制它的 Markdown。",
            validationContext.MemberName is { } member ? [member] : null);
    }
}
