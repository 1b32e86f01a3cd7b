namespace Qujing.Web.Data.Entities;

/// <summary>A county, district or county-level city the article names; the home city is kept too.</summary>
public class County
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public bool IsHomeCity { get; set; }
    public List<School> Schools { get; set; } = [];
}
