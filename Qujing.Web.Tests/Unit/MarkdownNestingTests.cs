using Microsoft.Extensions.Logging;
using Qujing.Web.Text;

namespace Qujing.Web.Tests.Unit;

/// <summary>Markdown nested deeper than Markdig can take is refused on the way in and never breaks a page on the way out.</summary>
public class MarkdownNestingTests
{
    private static string NestedList(int levels) => string.Join("\n", Enumerable.Range(0, levels).Select(i => new string(' ', i * 2) + "- 第" + i + "层"));

    private static string NestedQuotes(int levels) => new string('>', levels) + " 引用";

    private static string NestedEmphasis(int levels) => new string('*', levels) + "强调" + new string('*', levels);

    public static TheoryData<string> TooDeepForMarkdig => [NestedList(64), NestedQuotes(128), NestedEmphasis(1000), "开头\n\n" + NestedQuotes(500) + "\n\n结尾"];

    [Theory]
    [MemberData(nameof(TooDeepForMarkdig))]
    public void RendererFallsBackToEscapedParagraphsAndLogsAWarning(string markdown)
    {
        var logger = new ListLogger();
        var renderer = new MarkdownRenderer(logger);

        var html = MarkdownRendererTests.ToHtml(renderer.Render(markdown));

        Assert.StartsWith("<p id=\"p1\">", html);
        Assert.DoesNotContain("<ul", html);
        Assert.Equal(LogLevel.Warning, Assert.Single(logger.Entries).Level);
        Assert.NotEmpty(renderer.ParagraphTexts(markdown));
        Assert.NotEmpty(renderer.ToPlainText(markdown));
    }

    [Fact]
    public void FallbackKeepsTheParagraphsAndEscapesThem()
    {
        var html = MarkdownRendererTests.ToHtml(MarkdownRendererTests.NewRenderer().Render("第一段<b>\n\n" + NestedQuotes(200)));

        Assert.Equal("<p id=\"p1\">第一段&lt;b&gt;</p>\n<p id=\"p2\">" + new string('>', 200).Replace(">", "&gt;", StringComparison.Ordinal) + " 引用</p>\n", html);
    }

    [Theory]
    [MemberData(nameof(TooDeepForMarkdig))]
    public void MarkdownTooDeepForMarkdigIsTooDeep(string markdown)
    {
        Assert.True(MarkdownRenderer.IsTooDeep(markdown));
    }

    [Fact]
    public void ListsAndQuotesMayNestUpToTheLimit()
    {
        Assert.False(MarkdownRenderer.IsTooDeep(NestedList(MarkdownRenderer.MaxNesting)));
        Assert.False(MarkdownRenderer.IsTooDeep(NestedQuotes(MarkdownRenderer.MaxNesting)));
        Assert.False(MarkdownRenderer.IsTooDeep("> - 引用里的列表\n>   - 第二层"));
        Assert.True(MarkdownRenderer.IsTooDeep(NestedList(MarkdownRenderer.MaxNesting + 1)));
        Assert.True(MarkdownRenderer.IsTooDeep(NestedQuotes(MarkdownRenderer.MaxNesting + 1)));
    }

    private sealed class ListLogger : ILogger<MarkdownRenderer>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
