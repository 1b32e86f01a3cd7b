using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Qujing.Web.Features.Search;

namespace Qujing.Web.Tests.Unit;

public class SnippetTests
{
    [Fact]
    public void SnippetStartsAtTheSentenceWithTheFirstMatch()
    {
        var text = "第一句话写的是别的事情，而且写得相当长，足足有四十多个字那么长呢。第二句说到了劳动教育基地。第三句。";

        var snippet = Highlighter.Snippet(text, ["劳动"]).Html();

        Assert.StartsWith("第二句说到了<mark>劳动</mark>教育基地。", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void SnippetAfterAClosingQuoteStartsAfterTheQuote()
    {
        var text = "“明显感觉不一样了。”宣威县第一中学党委书记李晓丽说，建立党组织领导的校长负责制，充分发挥党组织统一领导学校各项工作的作用，有力地提高了教育教学质量。";

        var snippet = Highlighter.Snippet(text, ["质量"]).Html();

        Assert.StartsWith("宣威县第一中学", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void SnippetNeverStartsInTheMiddleOfAWord()
    {
        // The finding: "…程，有力促进全体学生…", the tail of 全过程 cut off 40 characters before the match.
        var text = "曲靖市第一中学建立全员参与的导师制关注到每个学生发展的全过程，有力促进全体学生全面而个性化的发展。宣威市明德小学强化劳动教育。";

        var snippet = Highlighter.Snippet(text, ["个性化"]).Html();

        Assert.StartsWith("曲靖市第一中学", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("…程", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongPassageIsCutAfterTheMatchWithAnEllipsis()
    {
        var text = "劳动教育是第一句。" + string.Concat(Enumerable.Repeat("后面还有很多不相干的句子。", 20));

        var snippet = Highlighter.Snippet(text, ["劳动"]).Html();

        Assert.StartsWith("<mark>劳动</mark>教育是第一句。", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 140, snippet);
    }

    [Fact]
    public void ASnippetEndsAtASentenceEndWhenOneIsNearby()
    {
        var text = "劳动教育是第一句。第二句也很短。" + string.Concat(Enumerable.Repeat("后面还有很多不相干的句子", 20));

        var snippet = Highlighter.Snippet(text, ["劳动"]).Html();

        Assert.Equal("<mark>劳动</mark>教育是第一句。第二句也很短。…", snippet);
    }

    [Fact]
    public void PassageIsTheParagraphWithTheMostOfTheQuery()
    {
        var text = "第一段说导师制。\n第二段说劳动教育和乡土资源。\n第三段说乡土。";

        Assert.Equal("第二段说劳动教育和乡土资源。", Highlighter.Passage(text, ["劳动", "乡土"]));
        Assert.Equal("第一段说导师制。", Highlighter.Passage(text, ["党建"]));
    }

    [Fact]
    public void TitleIsHighlightedWhole()
    {
        Assert.Equal("答好改革之卷 育好<mark>时代新人</mark>", Highlighter.Whole("答好改革之卷 育好时代新人", ["时代新人"]).Html());
    }
}

internal static class HtmlContentText
{
    public static string Html(this IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
