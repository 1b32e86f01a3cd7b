using Qujing.Web.Features.Search;

namespace Qujing.Web.Tests.Unit;

public class SearchRankerTests
{
    [Fact]
    public void TermsAreCountedAsTheIndexesMatchThem()
    {
        var terms = ChineseTokenizer.Terms("劳动教育 教 1+9+N");
        Assert.Equal([1, 2, 1], SearchRanker.Occurrences("劳动教育，劳动。教育 1+9+N", terms));
        Assert.Equal([0, 1, 0], SearchRanker.Occurrences("劳动。教育 1+9 模式 N", terms));
    }

    [Fact]
    public void RarerTermDecidesBetweenPassagesWithTheSameLength()
    {
        var first = Candidate("党建党建学", 1);
        var second = Candidate("党建学学学", 2);
        string[] terms = ["党建", "学"];

        Assert.Equal("党建党建学", Top(terms, [first, second], new SearchStatistics(100, 500, [3, 60])));
        Assert.Equal("党建学学学", Top(terms, [first, second], new SearchStatistics(100, 500, [60, 3])));
    }

    [Fact]
    public void ShorterPassageComesFirstWhenTheCountsAreEqual()
    {
        var longer = Candidate("党建" + new string('。', 40), 1);
        var shorter = Candidate("党建。", 2);
        Assert.Equal(shorter.Document.Text, Top(["党建"], [longer, shorter], new SearchStatistics(10, 200, [2])));
    }

    [Fact]
    public void EqualScoresKeepTheIndexOrder()
    {
        var hits = SearchRanker.Rank(["党"], [Candidate("党", 7), Candidate("党", 3)], new SearchStatistics(10, 100, [2]), 10);
        Assert.Equal(["3", "7"], hits.Select(h => h.Document.Url));
    }

    private static string Top(string[] terms, SearchCandidate[] candidates, SearchStatistics statistics) =>
        SearchRanker.Rank(terms, candidates, statistics, 10)[0].Document.Text;

    private static SearchCandidate Candidate(string text, long order) =>
        new(new SearchDocument(SearchKind.Section, "", order.ToString(System.Globalization.CultureInfo.InvariantCulture), text), order, text.Length + 2);
}
