using Qujing.Web.Text;

namespace Qujing.Web.Tests.Unit;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = NewRenderer();

    internal static MarkdownRenderer NewRenderer() => new(Microsoft.Extensions.Logging.Abstractions.NullLogger<MarkdownRenderer>.Instance);

    internal static string ToHtml(RenderedMarkdown rendered)
    {
        using var writer = new StringWriter();
        rendered.Html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    private string Html(string markdown) => ToHtml(_renderer.Render(markdown));

    [Fact]
    public void RendererDoesNotPassRawHtmlThrough()
    {
        var html = Html("你好<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void RendererGivesParagraphsStableAnchors()
    {
        var html = Html("第一段。\n\n## 小标题\n\n第二段。");

        Assert.Contains("<p id=\"p1\">第一段。</p>", html);
        Assert.Contains("<p id=\"p2\">第二段。</p>", html);
        Assert.Contains("<h2 id=\"小标题\">小标题</h2>", html);
    }

    [Fact]
    public void RendererListsHeadingsForATableOfContents()
    {
        var rendered = _renderer.Render("## 一、开篇\n\n正文\n\n## 二、展望");

        Assert.Equal([("一开篇", "一、开篇"), ("二展望", "二、展望")], rendered.Headings);
    }

    [Theory]
    [InlineData("构建“1+9+N”制度体系")]
    [InlineData("+ 不是列表")]
    [InlineData("# 不是标题")]
    [InlineData("长教育=幸福乐园”的整体办学思路。")]
    [InlineData("取得了‘1+1>2’的功效 *强调* [链接](x)")]
    public void EscapedSourceTextRendersBackToItself(string text)
    {
        var plain = _renderer.ToPlainText(MarkdownText.Escape(text));

        Assert.Equal(text, plain);
    }
}
