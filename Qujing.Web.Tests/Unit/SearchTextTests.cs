using System.Text;
using Qujing.Web.Features.Search;

namespace Qujing.Web.Tests.Unit;

public class SearchTextTests
{
    /// <summary>ASCII and the unified Han blocks skip ICU; they must fold exactly as normalising and lower-casing would.</summary>
    [Fact]
    public void CharactersFoldedWithoutIcuFoldAsNormalisingWould()
    {
        var ranges = new[] { (0, 127), (0x3400, 0x4DBF), (0x4E00, 0x9FFF) };
        foreach (var (from, to) in ranges)
        {
            for (var c = from; c <= to; c++)
            {
                var text = ((char)c).ToString();
                var (folded, source) = SearchText.Map(text);

                Assert.Equal(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant(), folded);
                Assert.All(source, i => Assert.Equal(0, i));
            }
        }
    }

    [Fact]
    public void EveryFoldedCharacterPointsBackToWhereItCameFrom()
    {
        var (folded, source) = SearchText.Map("Ａ党ﬁ建B");

        Assert.Equal("a党fi建b", folded);
        Assert.Equal([0, 1, 2, 2, 3, 4], source);
    }
}
