using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Figures;

/// <summary>
/// A whole and the parts the text splits it into ("师生144万余人，其中在校学生135万人、教职工9万余人"). Only such parts compare on
/// one chart: counts that merely share a unit (常住人口 beside 师生, which it contains) overlap, and stay figures of their own.
/// </summary>
public sealed record FigureComposition(KeyFigure Whole, IReadOnlyList<KeyFigure> Parts)
{
    /// <summary>How far the parts may miss the whole: the text rounds ("9万余人"), so an exact sum is rare.</summary>
    private const decimal Tolerance = 0.03m;

    /// <summary>
    /// The first figure that the figures after it, of the same kind of unit, add up to (two or more of them, in the text's
    /// order, as "其中" lists them); null when nothing in the list is such a whole.
    /// </summary>
    public static FigureComposition? Find(IReadOnlyList<KeyFigure> figures)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            var whole = figures[i];
            var total = Amount(whole);
            var sameKind = figures.Skip(i + 1).Where(f => BaseUnit(f.Unit) == BaseUnit(whole.Unit) && Amount(f) > 0).ToList();
            for (var count = 2; total > 0 && count <= sameKind.Count; count++)
            {
                var parts = sameKind.Take(count).ToList();
                if (Math.Abs(parts.Sum(Amount) - total) <= total * Tolerance)
                {
                    return new FigureComposition(whole, parts);
                }
            }
        }

        return null;
    }

    /// <summary>A part's share of the parts together (so the shares add up to the whole bar).</summary>
    public decimal Share(KeyFigure part) => Amount(part) / Parts.Sum(Amount);

    /// <summary>The count itself: "135" in "万人" is 1,350,000.</summary>
    public static decimal Amount(KeyFigure figure) => figure.Unit switch
    {
        var u when u.StartsWith('亿') => figure.Value * 100_000_000m,
        var u when u.StartsWith('万') => figure.Value * 10_000m,
        _ => figure.Value,
    };

    /// <summary>What is counted, without magnitude or rounding: "万余人" and "人" both count people.</summary>
    private static string BaseUnit(string unit) => unit.TrimStart('万', '亿').Replace("余", "", StringComparison.Ordinal).Replace("多", "", StringComparison.Ordinal);
}
