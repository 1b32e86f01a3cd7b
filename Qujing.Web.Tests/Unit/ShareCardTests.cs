using Qujing.Web.Features.Sharing;

namespace Qujing.Web.Tests.Unit;

public class ShareCardTests
{
    /// <summary>Every character one unit wide, as Han characters nearly are.</summary>
    private static float Width(string text) => text.Length;

    [Fact]
    public void TitleWrittenAsTwoPhrasesIsSetAsTwoLines()
    {
        Assert.Equal(["答好改革之卷", "育好时代新人"], TitleLines.Phrases("答好改革之卷 育好时代新人", Width, 12, 2));
        Assert.Equal(["沾益区：", "全链条推动教育发展组织化"], TitleLines.Phrases("沾益区：全链条推动教育发展组织化", Width, 12, 2));
        Assert.Null(TitleLines.Phrases("沾益区：全链条推动教育发展组织化", Width, 10, 2));
        Assert.Null(TitleLines.Phrases("擦亮教育品牌", Width, 10, 2));
    }

    [Fact]
    public void LinesAreBalancedWithNoLoneCharacterOnTheLast()
    {
        Assert.Equal(["一二三四", "五六七"], TitleLines.Break("一二三四五六七", Width, 6, 2));
    }

    [Fact]
    public void NoLineStartsWithClosingPunctuationOrSplitsANumber()
    {
        var lines = TitleLines.Break("教育，发展1+9+N模式", Width, 6, 3)!;

        Assert.DoesNotContain(lines, l => l.StartsWith('，'));
        Assert.Contains(lines, l => l.Contains("1+9+N", StringComparison.Ordinal));
    }

    [Fact]
    public void TitleTooLongForItsLinesDoesNotFit()
    {
        Assert.Null(TitleLines.Break("一二三四五六七八九十", Width, 4, 2));
    }

    [Fact]
    public void AHeadingTheFontCannotDrawSharesTheFeaturesImage()
    {
        var drawable = ShareCards.SectionImage("section-9", "擦亮教育品牌", 4, "答好改革之卷 育好时代新人");
        var undrawable = ShareCards.SectionImage("section-9", "𠀀字", 4, "答好改革之卷 育好时代新人");

        Assert.StartsWith("/sections/section-9/share.png?v=", drawable.Path, StringComparison.Ordinal);
        Assert.Equal(ShareCards.FeatureImage("答好改革之卷 育好时代新人").Path, undrawable.Path);
    }

    [Fact]
    public void ACardsVersionChangesWithWhatIsDrawn()
    {
        Assert.NotEqual(ShareCards.Section("擦亮教育品牌", 4, "甲").Version, ShareCards.Section("擦亮教育品牌", 3, "甲").Version);
        Assert.NotEqual(ShareCards.Section("擦亮教育品牌", 4, "甲").Version, ShareCards.Section("擦亮教育品", 4, "甲").Version);
        Assert.Equal(ShareCards.Section("擦亮教育品牌", 4, "甲").Version, ShareCards.Section("擦亮教育品牌", 4, "甲").Version);
    }

    [Fact]
    public void ACardIsDrawnTheSameEveryTime()
    {
        var card = ShareCards.Section("沾益区：全链条推动教育发展组织化", 5, "答好改革之卷 育好时代新人");

        Assert.Equal(ShareImageRenderer.Render(card), ShareImageRenderer.Render(card));
    }
}
