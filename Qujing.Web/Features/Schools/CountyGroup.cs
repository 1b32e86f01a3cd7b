using Qujing.Web.Data.Entities;

namespace Qujing.Web.Features.Schools;

public sealed record CountyGroup(County County, IReadOnlyList<School> Schools)
{
    /// <summary>What readers call the group (<see cref="SchoolGroupNames"/>).</summary>
    public string Name => SchoolGroupNames.Of(County);

    public string? Explanation => SchoolGroupNames.Explanation(County);
}
