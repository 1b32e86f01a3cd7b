namespace Qujing.Web.Features.Corrections;

/// <summary>What kind of item a correction's 位置 names.</summary>
public enum PlaceKind
{
    /// <summary>导语: the feature's lead.</summary>
    Lead,

    /// <summary>标题: the feature's title.</summary>
    Title,

    /// <summary>栏目“…”: a section, by its heading.</summary>
    Section,

    /// <summary>学校“…”: a school, by its name or another name.</summary>
    School,

    /// <summary>大事记“…”: a milestone, by its date as written.</summary>
    Milestone,

    /// <summary>数说“…”: a key figure, by what it counts.</summary>
    Figure,

    /// <summary>引语“…”: a quote, by its speaker.</summary>
    Quote,
}
