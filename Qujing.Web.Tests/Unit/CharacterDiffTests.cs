using System.Net;
using System.Text.RegularExpressions;
using Qujing.Web.Features.Editing;

namespace Qujing.Web.Tests.Unit;

public class CharacterDiffTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Html(string before, string after, CancellationToken ct)
    {
        using var writer = new StringWriter();
        CharacterDiff.Html(before, after, ct).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    /// <summary>The text the diff shows on one side: the other side's marks dropped, the tags removed.</summary>
    private static string Side(string html, string dropped) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, $"<{dropped}>.*?</{dropped}>", "", RegexOptions.Singleline), "</?(del|ins)>", ""));

    /// <summary>Random Han text: any two of these differ almost everywhere.</summary>
    private static string Noise(Random random, int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(0x4E00, 0x4E00 + 500))]);

    private static string Paragraphs(Random random, int count, int length) => string.Join("\n\n", Enumerable.Range(0, count).Select(_ => Noise(random, length)));

    [Fact]
    public void DiffMarksOnlyTheChangedCharactersOfAChangedParagraph()
    {
        var html = Html("第一段，习近平总书记说。\n\n第二段不变。", "第一段，总书记说。\n\n第二段不变。", Ct);

        Assert.Equal("第一段，<del>习近平</del>总书记说。\n\n第二段不变。", html);
    }

    [Fact]
    public void DiffEncodesTheText()
    {
        Assert.Equal("&lt;b&gt;<ins>&amp;</ins>", Html("<b>", "<b>&", Ct));
    }

    [Theory]
    [InlineData("甲\n\n乙\n\n丙", "甲\n\n丙\n\n丁")]
    [InlineData("", "新的正文。\n\n第二段。")]
    [InlineData("旧的正文。", "")]
    [InlineData("一\r\n二\n\n三", "一\n二\n\n三四")]
    [InlineData("同一段里改了几个字，其余不变。", "同一段里改了好几处字，其余都不变。")]
    public void DiffShowsBothTextsExactly(string before, string after)
    {
        var html = Html(before, after, Ct);

        Assert.Equal(before, Side(html, "ins"));
        Assert.Equal(after, Side(html, "del"));
    }

    [Fact]
    public void ParagraphTooLargeToCompareIsShownAsDeletedAndInserted()
    {
        var random = new Random(7);
        var (before, after) = (Noise(random, 5_000), Noise(random, 5_000));

        Assert.Equal($"<del>{before}</del><ins>{after}</ins>", Html(before, after, Ct));
    }

    [Fact]
    public void DiffWithACancelledTokenStopsAtOnce()
    {
        var random = new Random(3);

        Assert.ThrowsAny<OperationCanceledException>(() => Html(Paragraphs(random, 20, 200), Paragraphs(random, 20, 200), new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task LargeBodiesDifferingEverywhereGetABoundedDiffThatStillShowsEverything()
    {
        var random = new Random(11);
        var (before, after) = (Paragraphs(random, 1_000, 300), Paragraphs(random, 1_000, 300));

        // A guard, not a benchmark: the bounded diff takes well under a second; the unbounded one never finished.
        var html = await Task.Run(() => Html(before, after, Ct), Ct)
            .WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(before, Side(html, "ins"));
        Assert.Equal(after, Side(html, "del"));
        Assert.InRange(html.Length, before.Length + after.Length, (before.Length + after.Length) * 2);

        // Past the work budget, paragraphs are shown whole rather than compared character by character.
        var wholeParagraphs = Regex.Matches(html, "<del>([^<]*)</del>").Count(m => m.Groups[1].Value.TrimEnd('\n').Length == 300);
        Assert.InRange(wholeParagraphs, 500, 1_000);
    }

    [Fact]
    public async Task HugeBodiesWithManyLinesAreComparedAsWholes()
    {
        var random = new Random(13);
        var (before, after) = (Paragraphs(random, 6_000, 50), Paragraphs(random, 6_000, 50));

        var html = await Task.Run(() => Html(before, after, Ct), Ct)
            .WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal($"<del>{before}</del><ins>{after}</ins>", html);
    }
}
