using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Features.Search;
using Qujing.Web.Text;

namespace Qujing.Web.Tests.Integration;

public class SearchTests(SiteFixture site)
{
    [Theory]
    [InlineData("党建", "/sections/section-4#p2")]
    [InlineData("劳动教育", "/sections/section-4#p4")]
    [InlineData("会泽", "/sections/section-4#p8")]
    [InlineData("1+9+N", "/sections/section-3#p2")]
    [InlineData("导师", "/sections/section-1#p6")]
    [InlineData("乡土", "/sections/section-4#p3")]
    public async Task SearchFindsTheRightPassageWithTheMatchHighlighted(string query, string expectedUrl)
    {
        var (response, document) = await site.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = Assert.Single(document.QuerySelectorAll(".results li"), li => li.QuerySelector("a")!.GetAttribute("href") == expectedUrl);
        var marks = result.QuerySelectorAll(".snippet mark").Select(m => m.TextContent).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal(SearchText.Normalise(query), SearchText.Normalise(m)));
    }

    [Fact]
    public async Task SearchGroupsResultsByKind()
    {
        var (_, document) = await site.GetAsync("/search?q=" + Uri.EscapeDataString("曲靖一中"));

        var groups = document.QuerySelectorAll(".result-group h2").Select(h => h.ChildNodes[0].TextContent.Trim()).ToList();
        Assert.Equal(["专题正文", "学校", "大事记"], groups);
    }

    [Fact]
    public async Task SearchNeedsEveryWordToMatch()
    {
        var (_, both) = await site.GetAsync("/search?q=" + Uri.EscapeDataString("会泽 邓余勇"));
        var (_, none) = await site.GetAsync("/search?q=" + Uri.EscapeDataString("会泽 润泽"));

        Assert.NotEmpty(both.QuerySelectorAll(".results li"));
        Assert.Empty(none.QuerySelectorAll(".results li"));
        Assert.NotNull(none.QuerySelector(".no-results a[href]"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("党建\" OR \"")]
    [InlineData("NEAR(党建, 2)")]
    [InlineData("-党建")]
    [InlineData("(")]
    [InlineData("b:党建")]
    [InlineData("*")]
    [InlineData("'; DROP TABLE Sections; --")]
    [InlineData("%E5%85")]
    public async Task HostileQueriesGetAFriendlyPage(string query)
    {
        var (response, document) = await site.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("搜索", document.QuerySelector("h1")?.TextContent);
        Assert.Equal(5, site.Factory.Query(db => db.Sections.Count()));
    }

    [Fact]
    public async Task ThousandCharacterQueryGetsAFriendlyPage()
    {
        var (response, document) = await site.GetAsync("/search?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("党建劳动", 250))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(document.QuerySelector(".no-results"));
    }

    [Fact]
    public async Task InvalidUtf16QueryGetsAFriendlyPage()
    {
        var response = await site.Client.GetAsync(new Uri("/search?q=%ED%A0%80%E5%85%9A%E5%BB%BA", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EveryTwoCharacterWordOfASectionFindsThatPassage()
    {
        await site.GetAsync("/");
        using var scope = site.Factory.Services.CreateScope();
        var search = scope.ServiceProvider.GetRequiredService<SearchService>();
        var markdown = scope.ServiceProvider.GetRequiredService<MarkdownRenderer>();
        var sections = site.Factory.Query(db => db.Sections.Select(s => new { s.Slug, s.BodyMarkdown }).ToList());

        foreach (var section in sections)
        {
            foreach (var (text, i) in markdown.ParagraphTexts(section.BodyMarkdown).Select((t, i) => (t, i)))
            {
                var url = $"/sections/{section.Slug}#p{i + 1}";
                foreach (var word in Bigrams(text).Distinct())
                {
                    var results = await search.SearchAsync(word, TestContext.Current.CancellationToken);
                    Assert.True(results.Groups.SelectMany(g => g.Results).Any(r => r.Url == url), $"{word} does not find {url}");
                }
            }
        }
    }

    private static IEnumerable<string> Bigrams(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (Qujing.Web.Import.ChineseText.IsHan(text[i]) && Qujing.Web.Import.ChineseText.IsHan(text[i + 1]))
            {
                yield return text.Substring(i, 2);
            }
        }
    }
}
