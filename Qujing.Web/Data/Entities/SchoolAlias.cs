namespace Qujing.Web.Data.Entities;

/// <summary>Another name the text uses for a school ("曲靖一中" for "曲靖市第一中学").</summary>
public class SchoolAlias
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public string Name { get; set; } = "";
}
