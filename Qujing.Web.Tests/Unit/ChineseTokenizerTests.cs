using Qujing.Web.Features.Search;

namespace Qujing.Web.Tests.Unit;

public class ChineseTokenizerTests
{
    [Fact]
    public void IndexHoldsSingleCharactersAndOverlappingBigrams()
    {
        var (unigrams, bigrams) = ChineseTokenizer.IndexForms("党建引领，1+9+N体系");

        Assert.Equal("党 建 引 领 1 9 n 体 系 ", unigrams);
        Assert.Equal("党建 建引 引领 1 9 n 体系 ", bigrams);
    }

    [Theory]
    [InlineData("劳", "u : \"劳\"")]
    [InlineData("党建", "b : \"党建\"")]
    [InlineData("劳动教育", "b : \"劳动 动教 教育\"")]
    [InlineData("1+9+N", "b : \"1 9 n\"")]
    [InlineData("１＋９＋Ｎ", "b : \"1 9 n\"")]
    [InlineData("2022", "b : \"2022\"")]
    [InlineData("党建 会泽", "b : \"党建\" AND b : \"会泽\"")]
    [InlineData("会泽2022", "b : \"会泽\" AND b : \"2022\"")]
    public void QueriesBecomeQuotedPhrasesOverTheRightColumn(string query, string match) =>
        Assert.Equal(match, ChineseTokenizer.BuildMatch(query));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t ")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("()")]
    [InlineData(":-")]
    [InlineData("，。！")]
    public void QueriesWithNothingSearchableGiveNoMatch(string? query) =>
        Assert.Null(ChineseTokenizer.BuildMatch(query));

    [Theory]
    [InlineData("\"党建\" OR *", "b : \"党建\" AND b : \"or\"")]
    [InlineData("NEAR(党建 劳动)", "b : \"near\" AND b : \"党建\" AND b : \"劳动\"")]
    [InlineData("a' OR 1=1; DROP TABLE Sections; --", "b : \"a\" AND b : \"or\" AND b : \"1\" AND b : \"drop\" AND b : \"table\" AND b : \"sections\"")]
    [InlineData("col:党建", "b : \"col\" AND b : \"党建\"")]
    [InlineData("-党建", "b : \"党建\"")]
    public void FtsSyntaxInQueriesIsOnlyEverText(string query, string match) =>
        Assert.Equal(match, ChineseTokenizer.BuildMatch(query));

    [Fact]
    public void InvalidUtf16IsDropped() =>
        Assert.Equal("b : \"党建\"", ChineseTokenizer.BuildMatch("党\uD800建"[..1] + "\uDC00" + "建"));

    [Fact]
    public void VeryLongQueriesAreCut()
    {
        var match = ChineseTokenizer.BuildMatch(new string('党', 1000));

        Assert.NotNull(match);
        Assert.Equal(ChineseTokenizer.MaxQueryLength - 1, match.Split(' ').Count(t => t.Contains("党党", StringComparison.Ordinal)));
    }

    [Fact]
    public void HighlighterMarksEveryMatchAndEncodesTheRest()
    {
        using var writer = new StringWriter();
        Highlighter.Snippet("<b>构建“1+9+N”制度体系</b>，党建引领", ["1 9 n", "党建"]).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal("&lt;b&gt;构建“<mark>1+9+N</mark>”制度体系&lt;/b&gt;，<mark>党建</mark>引领", writer.ToString());
    }

    [Fact]
    public void HighlighterCutsASnippetAroundTheFirstMatch()
    {
        var text = new string('甲', 200) + "党建" + new string('乙', 200);
        using var writer = new StringWriter();
        Highlighter.Snippet(text, ["党建"]).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var html = writer.ToString();

        Assert.StartsWith("…", html);
        Assert.EndsWith("…", html);
        Assert.Contains("<mark>党建</mark>", html);
        Assert.True(html.Length < 150);
    }
}
