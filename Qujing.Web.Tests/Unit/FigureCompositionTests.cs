using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Figures;

namespace Qujing.Web.Tests.Unit;

public class FigureCompositionTests
{
    private static KeyFigure Figure(string label, decimal value, string unit) => new() { Label = label, Value = value, ValueText = value.ToString(System.Globalization.CultureInfo.InvariantCulture), Unit = unit };

    [Fact]
    public void CompositionIsTheWholeThePartsAfterItAddUpTo()
    {
        KeyFigure[] figures = [Figure("常住人口", 575.6m, "万人"), Figure("学校", 3846, "所"), Figure("师生", 144, "万余人"), Figure("在校学生", 135, "万人"), Figure("教职工", 9, "万余人")];

        var composition = FigureComposition.Find(figures)!;

        Assert.Equal("师生", composition.Whole.Label);
        Assert.Equal(["在校学生", "教职工"], composition.Parts.Select(p => p.Label));
        Assert.Equal(1m, composition.Parts.Sum(composition.Share));
    }

    [Fact]
    public void CountsThatMerelyShareAUnitAreNoComposition()
    {
        KeyFigure[] figures = [Figure("常住人口", 575.6m, "万人"), Figure("师生", 144, "万余人"), Figure("在校学生", 135, "万人")];

        Assert.Null(FigureComposition.Find(figures));
    }

    [Fact]
    public void PartsOfAnotherKindOfUnitDoNotCount()
    {
        KeyFigure[] figures = [Figure("学校", 20, "所"), Figure("小学", 12, "所"), Figure("教师", 8, "人")];

        Assert.Null(FigureComposition.Find(figures));
    }

    [Fact]
    public void AFewPercentOfRoundingStillAddsUp()
    {
        KeyFigure[] figures = [Figure("师生", 100, "万余人"), Figure("学生", 90, "万人"), Figure("教职工", 8, "万余人")];

        Assert.NotNull(FigureComposition.Find(figures));
    }
}
