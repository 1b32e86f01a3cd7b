using Qujing.Web.Features.Sections;
using Qujing.Web.Text;

namespace Qujing.Web.Tests.Unit;

/// <summary>Editors see Markdown as written ("1+9+N", not "1\+9\+N"); only escapes that change what readers see are kept.</summary>
public class MarkdownEscapeTests
{
    private readonly MarkdownRenderer _renderer = MarkdownRendererTests.NewRenderer();

    private string Html(string markdown) => MarkdownRendererTests.ToHtml(_renderer.Render(markdown));

    [Theory]
    [InlineData("构建“1+9+N”制度体系")]
    [InlineData("长教育=幸福乐园”的整体办学思路。")]
    [InlineData("“党建+引领”，1-2年内见效！{注}")]
    public void ImportedTextKeepsSignsThatMeanNothingAsWritten(string text) =>
        Assert.Equal(text, MarkdownText.Escape(text));

    [Theory]
    [InlineData("+ 不是列表")]
    [InlineData("# 不是标题")]
    [InlineData("- 不是列表")]
    [InlineData("> 不是引用")]
    [InlineData("a++插入++b")]
    [InlineData("a==标记==b")]
    [InlineData("取得了‘1+1>2’的功效 *强调* [链接](x) ~下标~ `代码` _下划_ a|b")]
    public void ImportedTextStillRendersBackToItself(string text) =>
        Assert.Equal(text, _renderer.ToPlainText(MarkdownText.Escape(text)));

    [Theory]
    [InlineData("构建“1\\+9\\+N”制度体系", "构建“1+9+N”制度体系")]
    [InlineData("长教育\\=幸福乐园\\！", "长教育=幸福乐园\\！")]
    [InlineData("\\+ 列表符号留着\n\n1\\+1", "\\+ 列表符号留着\n\n1+1")]
    [InlineData("\\*不是强调\\*，a\\-b", "\\*不是强调\\*，a-b")]
    public void TidyDropsOnlyEscapesThatChangeNothing(string stored, string shown) =>
        Assert.Equal(shown, MarkdownText.Tidy(stored));

    [Theory]
    [InlineData("`代码里 1\\+1 是原样`")]
    [InlineData("    缩进代码 1\\+1")]
    [InlineData("路径 C:\\\\+N")]
    public void TidyNeverChangesWhatReadersSee(string stored)
    {
        var tidy = MarkdownText.Tidy(stored);

        Assert.Equal(Html(stored), Html(tidy));
    }

    [Fact]
    public void EditorsSeeImportedEscapesAsWritten()
    {
        var content = new SectionContent { BodyMarkdown = "构建“1\\+9\\+N”制度体系" };

        Assert.Equal("构建“1+9+N”制度体系", content.BodyMarkdown);
    }

    [Theory]
    [InlineData("1+9+N")]
    [InlineData("构建“1+9+N”制度体系")]
    public void OnePlusNinePlusNTypedByAnEditorRendersAsTextNotAList(string typed)
    {
        var html = Html(typed);

        Assert.Equal($"<p id=\"p1\">{typed}</p>\n", html);
    }

    [Theory]
    [InlineData("+ 加号开头的小标题")]
    [InlineData("小标题 #")]
    [InlineData("1+9+N 体系")]
    public void ImportedHeadingsReadAsWrittenAndStayTheSameWhenTidied(string heading)
    {
        var markdown = "## " + MarkdownText.EscapeInline(heading);

        Assert.Equal(heading, _renderer.Render(markdown).Headings.Single().Text);
        Assert.Equal(markdown, MarkdownText.Tidy(markdown));
    }
}
