using Qujing.Web.Import;

namespace Qujing.Web.Features.Timeline;

/// <summary>Chinese names of milestone levels.</summary>
public static class LevelNames
{
    public static string Of(MilestoneLevel level) => level switch
    {
        MilestoneLevel.National => "国家",
        MilestoneLevel.Provincial => "省级",
        MilestoneLevel.City => "市级",
        _ => "学校",
    };
}
