using AngleSharp.Dom;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// What readers see of the article once the editors' corrections (content/corrections.txt) are applied: issue 13's
/// groups 1–3 and the city-level paragraphs under the 曲靖一中 heading, case by case, on every page that shows them.
/// </summary>
public class CorrectedTextTests(SiteFixture site)
{
    private const string SchoolsClause = "着重加强党委对意识形态工作的领导，创建“润泽”党建品牌，强化党建对教师师风建设的指引";

    private async Task<string> BodyTextAsync(string url) => (await site.GetAsync(url)).Document.QuerySelector(".body")!.TextContent;

    private async Task<IElement> ParagraphAsync(string url, string containing) =>
        Assert.Single((await site.GetAsync(url)).Document.QuerySelectorAll(".body p"), p => p.TextContent.Contains(containing, StringComparison.Ordinal));

    private string SchoolUrl(string name) => "/schools/" + site.Factory.Query(db => db.Schools.Single(s => s.Name == name).Slug);

    [Fact]
    public async Task XiJinpingsSentenceNoLongerCarriesTheSchoolsClause()
    {
        var xi = await ParagraphAsync("/sections/section-2", "习近平");

        Assert.DoesNotContain("润泽", xi.TextContent);
        Assert.DoesNotContain("党委", xi.TextContent);
        Assert.EndsWith("围绕立德树人根本任务。", xi.TextContent);
        Assert.Contains(SchoolsClause, (await ParagraphAsync("/sections/section-1", "曲靖一中坚持党委")).TextContent);
        Assert.Contains(SchoolsClause, await BodyTextAsync(SchoolUrl("曲靖市第一中学")));
    }

    [Fact]
    public async Task TimelineFeedAndSearchNoLongerCreditTheClauseToXiJinping()
    {
        var (_, timeline) = await site.GetAsync("/timeline");
        var xi = Assert.Single(timeline.QuerySelectorAll(".milestone"), m => m.TextContent.Contains("习近平", StringComparison.Ordinal));
        Assert.DoesNotContain("润泽", xi.TextContent);

        var feed = await site.Client.GetStringAsync(new Uri("/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("习近平总书记在全国教育大会上强调，加强党对教育工作的全面领导，全面贯彻党的教育方针，围绕立德树人根本任务，着重加强", feed);

        var (_, search) = await site.GetAsync("/search?q=" + Uri.EscapeDataString("润泽"));
        var links = search.QuerySelectorAll(".results li a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.DoesNotContain(links, l => l.StartsWith("/sections/section-2", StringComparison.Ordinal) || l.StartsWith("/timeline", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("/sections/section-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ZhanyiSectionSaysItsTextIsMissingInsteadOfRepeatingHuize()
    {
        var (_, page) = await site.GetAsync("/sections/section-5");

        var note = Assert.Single(page.QuerySelectorAll(".body .editor-note"));
        Assert.StartsWith("编者注：", note.TextContent);
        Assert.Contains("沾益区", note.TextContent);
        Assert.Contains("缺失", note.TextContent);
        Assert.DoesNotContain("金钥匙", page.QuerySelector(".body")!.TextContent);
        var feed = await site.Client.GetStringAsync(new Uri("/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("近年来，会泽县", feed);
    }

    [Fact]
    public async Task HuizeParagraphReadsQuanLianTiaoAsTheHeadingDoes()
    {
        var huize = await ParagraphAsync("/sections/section-4", "金钥匙");

        Assert.Contains("全链条推动教育发展组织化", huize.TextContent);
        Assert.DoesNotContain("金链条", await BodyTextAsync("/sections/section-4"));
    }

    [Fact]
    public async Task TruncatedQuanGuoChengSentenceIsMarkedNotShownAsWhole()
    {
        foreach (var url in new[] { "/sections/section-1", SchoolUrl("曲靖市第一中学") })
        {
            var paragraph = await ParagraphAsync(url, "教育育人全过程");

            Assert.DoesNotContain("全过程；完", paragraph.TextContent);
            Assert.EndsWith("全过程……（编者注：原文此处有缺漏）", paragraph.TextContent);
            Assert.Equal("（编者注：原文此处有缺漏）", paragraph.QuerySelector(".editor-note")?.TextContent);
        }
    }

    [Fact]
    public async Task ParagraphEndingInACommaIsMarkedOnTheSectionAndTheKeyFigure()
    {
        var paragraph = await ParagraphAsync("/sections/section-3", "安排部署");
        Assert.EndsWith("第一时间安排部署……（编者注：原文此处有缺漏）", paragraph.TextContent);
        Assert.NotNull(paragraph.QuerySelector(".editor-note"));

        var (_, figures) = await site.GetAsync("/figures");
        var figure = Assert.Single(figures.QuerySelectorAll(".figure-group"), f => f.TextContent.Contains("改革配套文件", StringComparison.Ordinal));
        Assert.DoesNotContain("安排部署，", figure.TextContent);
        Assert.Contains("第一时间安排部署……（编者注：原文此处有缺漏）", figure.TextContent);
    }

    [Fact]
    public async Task FragmentChangJiaoYuIsMarkedAsMissingItsFirstHalf()
    {
        var paragraph = await ParagraphAsync("/sections/section-4", "幸福乐园");

        Assert.Equal("（编者注：原文此处有缺漏）……长教育=幸福乐园”的整体办学思路。", paragraph.TextContent);
        Assert.Equal("（编者注：原文此处有缺漏）", paragraph.QuerySelector(".editor-note")?.TextContent);
    }

    [Fact]
    public async Task JiJiJieShaoLosesItsUnmatchedQuoteAndIsMarked()
    {
        var paragraph = await ParagraphAsync("/sections/section-1", "导师制");

        Assert.DoesNotContain("“季级介绍", paragraph.TextContent);
        Assert.Contains("对学生进行生涯规划指导。（编者注：原文此处有缺漏）季级介绍，", paragraph.TextContent);
        Assert.Equal(paragraph.TextContent.Count(c => c == '“'), paragraph.TextContent.Count(c => c == '”'));
    }

    [Fact]
    public async Task MingQianTypoIsCorrectedInTheSectionTheQuoteAndTheSchool()
    {
        foreach (var url in new[] { "/sections/section-4", SchoolUrl("宣威市第五中学") })
        {
            var text = (await site.GetAsync(url)).Document.QuerySelector("main")!.TextContent;

            Assert.DoesNotContain("明前", text);
            Assert.Contains("“以前是一头牛拉车，现在是两头牛拉车", text);
        }
    }

    [Fact]
    public async Task GarbledXiangZeRenZhiIsMarkedAsDoubtful()
    {
        var paragraph = await ParagraphAsync("/sections/section-1", "向责任制");

        Assert.Contains("完善意识形态工作向责任制工作制度（编者注：原文如此，此处疑有错漏）", paragraph.TextContent);
        Assert.NotNull(paragraph.QuerySelector(".editor-note"));
    }

    [Theory]
    [InlineData("/sections/section-3", "按照“整体落实、分类指导、梯次引领、全面推进”的原则")]
    [InlineData("/sections/section-4", "学校探索“党建+教学”“党建+队伍建设”“党建+校园文化建设”“党建+青蓝工程”等")]
    [InlineData("/sections/section-4", "率先实行“高进快出”“高中向县城集中，初中向县城或边远乡镇集中，小学向镇或规模较大的行政村集中”的办学模式")]
    [InlineData("/sections/section-4", "以劳强体、以劳育美")]
    [InlineData("/sections/section-4", "担任班主任、处室负责人")]
    [InlineData("/sections/section-2", "审议通过《关于建立中小学校党组织领导的校长负责制的意见（试行）》")]
    [InlineData("/sections/section-2", "印发《关于建立中小学校党组织领导的校长负责制的意见（试行）》")]
    public async Task PunctuationIsCorrected(string url, string corrected)
    {
        var text = await BodyTextAsync(url);

        Assert.Contains(corrected, text);
        Assert.DoesNotContain("(试行)", text);
        Assert.DoesNotContain("“曲靖从", text);
        // Quotes pair up, but for the one ” of the fragment whose first half is missing (marked with a 编者注).
        Assert.Equal(text.Count(c => c == '“') + (url.EndsWith('4') ? 1 : 0), text.Count(c => c == '”'));
    }

    [Fact]
    public async Task TimelineUsesFullWidthParenthesesAndTheCorrectedSentences()
    {
        var text = (await site.GetAsync("/timeline")).Document.QuerySelector("main")!.TextContent;

        Assert.DoesNotContain("(试行)", text);
        Assert.Contains("意见（试行）", text);
        Assert.Contains("以劳强体、以劳育美", text);
    }

    [Fact]
    public async Task SubheadingHasNoStraySpaceAfterTheDash()
    {
        var (_, page) = await site.GetAsync("/sections/section-1");

        Assert.Equal("曲靖一中——高质量党建引领教育教学高质量发展", page.QuerySelector(".body h2")?.TextContent);
    }

    [Fact]
    public async Task CityParagraphsStandBeforeTheYiZhongHeadingNotUnderIt()
    {
        var (_, page) = await site.GetAsync("/sections/section-1");

        var blocks = page.QuerySelector(".body")!.Children.Select(e => e.TagName == "H2" ? "##" : e.TextContent).ToList();
        var heading = blocks.IndexOf("##");
        Assert.StartsWith("珠江源头", blocks[0]);
        Assert.StartsWith("曲靖是云南省", blocks[1]);
        Assert.StartsWith("2022年以来，曲靖市", blocks[2]);
        Assert.Equal(3, heading);
        Assert.All(blocks.Skip(heading + 1), b => Assert.Matches("曲靖一中|学校", b));
    }

    [Fact]
    public async Task MilestonesFiguresAndQuotesStillLinkToTheParagraphTheyCameFrom()
    {
        var linked = site.Factory.Query(db =>
            db.Milestones.Select(m => new { m.Section!.Slug, m.Paragraph, Text = m.SourceSentence })
                .Concat(db.KeyFigures.Select(f => new { f.Section!.Slug, f.Paragraph, Text = f.SourceSentence }))
                .Concat(db.Quotes.Select(q => new { q.Section!.Slug, q.Paragraph, Text = q.Words }))
                .ToList());

        Assert.NotEmpty(linked);
        foreach (var item in linked)
        {
            var (_, section) = await site.GetAsync($"/sections/{item.Slug}");
            var paragraph = section.GetElementById($"p{item.Paragraph}")?.TextContent ?? "";
            Assert.True(paragraph.Contains(item.Text, StringComparison.Ordinal), $"{item.Slug}#p{item.Paragraph} does not hold “{item.Text}”");
        }
    }

    [Fact]
    public async Task HomePageLeadIsMadeOfTheArticlesOwnSentences()
    {
        var (_, home) = await site.GetAsync("/");
        var lead = home.QuerySelector(".lead")!.TextContent.Trim();

        Assert.NotEmpty(lead);
        var article = string.Concat(await Task.WhenAll(Enumerable.Range(1, 5).Select(i => BodyTextAsync($"/sections/section-{i}"))));
        Assert.All(lead.Split('。', StringSplitOptions.RemoveEmptyEntries), sentence => Assert.Contains(sentence + "。", article));
    }
}
