using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Schools;

/// <summary>
/// What readers and editors call a group of schools. A county, district or county-level city goes by its own name; the
/// home city is no county: its group holds the schools the text names after the city alone ("曲靖市第一中学"), with no
/// county of their own, and is called what Chinese readers call such schools, 市直学校.
/// </summary>
public static class SchoolGroupNames
{
    public const string CityLevel = "市直学校";

    /// <summary>"市直学校" or the county's name: headings, breadcrumbs, the map.</summary>
    public static string Of(County county) => county.IsHomeCity ? CityLevel : county.Name;

    /// <summary>"曲靖市（市直学校）" or the county's name: what an editor types, and what it means.</summary>
    public static string Choice(County county) => county.IsHomeCity ? $"{county.Name}（{CityLevel}）" : county.Name;

    /// <summary>Why a school is in the city-level group; nothing for a county.</summary>
    public static string? Explanation(County county) =>
        county.IsHomeCity ? $"校名只冠以“{county.Name}”、文中没有写所在县（市、区）的学校。" : null;
}
