using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Qujing.Web.Services;

/// <summary>A rendered Markdown field: its HTML and the headings it contains (for a table of contents).</summary>
public sealed record RenderedMarkdown(IHtmlContent Html, IReadOnlyList<(string Id, string Text)> Headings);

/// <summary>
/// The site's one Markdown pipeline. Raw HTML is disabled and link and image targets pass an allow-list
/// (<see cref="MarkdownLinks"/>), so every long-form field is safe to emit as is.
/// Top-level paragraphs get ids p1, p2 … and headings an id from their own text, so links to a passage are stable.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .Build();

    public RenderedMarkdown Render(string markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        MarkdownLinks.Restrict(document);
        var headings = new List<(string, string)>();
        var paragraph = 0;
        foreach (var block in document)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    p.GetAttributes().Id = $"p{++paragraph}";
                    break;
                case HeadingBlock h:
                    var text = InlineText(h.Inline);
                    var id = AnchorFor(text, headings.Count);
                    h.GetAttributes().Id = id;
                    headings.Add((id, text));
                    break;
            }
        }

        return new RenderedMarkdown(new HtmlString(document.ToHtml(Pipeline)), headings);
    }

    /// <summary>The text a reader sees, for search and descriptions.</summary>
    public string ToPlainText(string markdown) => Markdown.ToPlainText(markdown ?? "", Pipeline).Trim();

    /// <summary>The text of each top-level paragraph, numbered as the anchors p1, p2 … are.</summary>
    public IReadOnlyList<string> ParagraphTexts(string markdown) =>
        [.. Markdown.Parse(markdown ?? "", Pipeline).OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))];

    private static string AnchorFor(string text, int index)
    {
        var id = string.Concat(text.Where(c => char.IsLetterOrDigit(c) || c == '-'));
        return id.Length > 0 ? id : $"h{index + 1}";
    }

    private static string InlineText(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
            _ => "",
        }));
}
