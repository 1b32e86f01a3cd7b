namespace Qujing.Web.Features.Schools;

/// <summary>
/// The schools page's schematic of Qujing: its nine county-level places on a rough grid of where they lie (north at the
/// top), each shaded by how many of the text's schools it has. Groups the grid has no place for (市直学校, which belong
/// to no county, or a place an editor added) are listed beside it, never put somewhere they are not.
/// </summary>
public sealed record CountySchematic(IReadOnlyList<CountyTile> Places, IReadOnlyList<CountyTile> Unplaced)
{
    /// <summary>Rows run north to south, columns west to east; a rough arrangement, not a map.</summary>
    private static readonly (string Name, int Row, int Column)[] Grid =
    [
        ("会泽县", 1, 1), ("宣威市", 1, 2),
        ("沾益区", 2, 2), ("富源县", 2, 3),
        ("马龙区", 3, 1), ("麒麟区", 3, 2),
        ("陆良县", 4, 1), ("师宗县", 4, 2), ("罗平县", 4, 3),
    ];

    /// <summary>Shades 1–3 spread over the counts there are; 0 is a place the text names no school in.</summary>
    public const int Shades = 3;

    public static CountySchematic For(IReadOnlyList<CountyGroup> groups)
    {
        var most = groups.Count > 0 ? groups.Max(g => g.Schools.Count) : 0;
        int Shade(int count) => count == 0 ? 0 : most <= 1 ? Shades : 1 + (int)Math.Round((count - 1) * (Shades - 1.0) / (most - 1));

        // A place is matched by its two-character name, so an old form ("宣威县") finds today's place ("宣威市").
        CountyGroup? At(string place) => groups.FirstOrDefault(g => !g.County.IsHomeCity && Stem(g.County.Name) == Stem(place));
        var places = Grid.Select(p => At(p.Name)).Zip(Grid, (g, p) => new CountyTile(p.Name, p.Row, p.Column, g, Shade(g?.Schools.Count ?? 0))).ToList();
        var unplaced = groups.Where(g => places.All(p => p.Group != g))
            .Select(g => new CountyTile(g.Name, 0, 0, g, Shade(g.Schools.Count))).ToList();
        return new CountySchematic(places, unplaced);
    }

    private static string Stem(string name) => name.Length > 2 ? name[..2] : name;
}
