namespace Qujing.Web.Features.Schools;

/// <summary>A county-level place on the schools schematic: where it roughly lies, and the schools the text names there.</summary>
/// <param name="Row">1 is the north; 0 for a group the schematic has no place for.</param>
/// <param name="Shade">0 (no school named there) to <see cref="CountySchematic.Shades"/> (the most).</param>
public sealed record CountyTile(string Name, int Row, int Column, CountyGroup? Group, int Shade)
{
    public int Count => Group?.Schools.Count ?? 0;
}
