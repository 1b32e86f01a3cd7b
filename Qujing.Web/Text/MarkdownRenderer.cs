using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Qujing.Web.Text;

/// <summary>A rendered Markdown field: its HTML and the headings it contains (for a table of contents).</summary>
public sealed record RenderedMarkdown(IHtmlContent Html, IReadOnlyList<(string Id, string Text)> Headings);

/// <summary>
/// The site's one Markdown pipeline. Raw HTML is disabled and link and image targets pass an allow-list
/// (<see cref="MarkdownLinks"/>), so every long-form field is safe to emit as is.
/// Top-level paragraphs get ids p1, p2 … and headings an id from their own text, so links to a passage are stable.
/// Nothing stored can make it throw: text Markdig cannot take is shown as escaped paragraphs, and a warning logged.
/// </summary>
public sealed partial class MarkdownRenderer(ILogger<MarkdownRenderer> logger, Features.Media.IMediaImages? media = null)
{
    /// <summary>
    /// Most lists and quotes an editor may nest inside one another. Real writing needs three or four; Markdig gives up
    /// near 64 list levels or 128 quotes, and a page must never depend on how close to that an editor went.
    /// </summary>
    public const int MaxNesting = 10;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .Build();

    /// <summary>The pipeline, for checks that must parse Markdown exactly as pages do.</summary>
    internal static MarkdownPipeline ParsingPipeline => Pipeline;

    /// <summary>True when lists and quotes nest deeper than <see cref="MaxNesting"/>, or anything nests too deep for Markdig.</summary>
    public static bool IsTooDeep(string? markdown)
    {
        try
        {
            var document = Markdown.Parse(markdown ?? "", Pipeline);

            // Inlines (emphasis inside emphasis …) reach Markdig's limit only when rendered.
            return Depth(document) > MaxNesting || document.ToHtml(Pipeline) is null;
        }
        catch (ArgumentException)
        {
            // Markdig's nesting limit, in parser or renderer, is the only ArgumentException it throws.
            return true;
        }
    }

    /// <summary>True when both texts give readers the same page (see <see cref="MarkdownText.Tidy"/>).</summary>
    public static bool RendersAlike(string a, string b)
    {
        try
        {
            return Markdown.ToHtml(a, Pipeline) == Markdown.ToHtml(b, Pipeline);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Renders with library photos read synchronously; pages use <see cref="RenderAsync"/>.</summary>
    public RenderedMarkdown Render(string markdown) => Render(markdown, null);

    /// <summary>Renders with the library photos the text names, read in one query before the synchronous renderer runs.</summary>
    public async Task<RenderedMarkdown> RenderAsync(string markdown, CancellationToken ct) =>
        Render(markdown, media is null ? null : await media.FindAsync(Features.Media.MediaUrls.IdsIn(markdown), ct));

    private RenderedMarkdown Render(string markdown, IReadOnlyDictionary<int, Features.Media.MediaImage>? photos) => Safely(markdown, () => RenderParsed(markdown, photos), text =>
        new RenderedMarkdown(new HtmlString(string.Concat(text.Select((p, i) => $"<p id=\"p{i + 1}\">{WebUtility.HtmlEncode(p)}</p>\n"))), []));

    /// <summary>The text a reader sees, for search and descriptions.</summary>
    public string ToPlainText(string markdown) =>
        Safely(markdown, () => Markdown.ToPlainText(markdown ?? "", Pipeline).Trim(), text => string.Join("\n", text));

    /// <summary>The text of each top-level paragraph, numbered as the anchors p1, p2 … are.</summary>
    public IReadOnlyList<string> ParagraphTexts(string markdown) =>
        Safely<IReadOnlyList<string>>(markdown, () => [.. Markdown.Parse(markdown ?? "", Pipeline).OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))], text => text);

    private RenderedMarkdown RenderParsed(string markdown, IReadOnlyDictionary<int, Features.Media.MediaImage>? photos)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        MarkdownLinks.Restrict(document);
        Features.Media.MarkdownImages.Apply(document, media, photos);
        Features.Corrections.EditorNotes.Mark(document);
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

    /// <summary>Runs <paramref name="work"/>; if Markdig fails on the text, gives the fallback its plain paragraphs instead.</summary>
    private T Safely<T>(string? markdown, Func<T> work, Func<IReadOnlyList<string>, T> fallback)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "Markdown of {Length} characters could not be rendered; shown as plain paragraphs", markdown?.Length ?? 0);
            return fallback(PlainParagraphs(markdown ?? ""));
        }
    }

    private static string[] PlainParagraphs(string text) =>
        BlankLine().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();

    /// <summary>How many lists and quotes the deepest block sits in.</summary>
    private static int Depth(ContainerBlock container) =>
        container.OfType<ContainerBlock>().Select(c => Depth(c) + (c is ListBlock or QuoteBlock ? 1 : 0)).DefaultIfEmpty(0).Max();

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

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();
}
