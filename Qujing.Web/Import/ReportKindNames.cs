namespace Qujing.Web.Import;

/// <summary>Chinese names of report entry kinds, for the editors' report page.</summary>
public static class ReportKindNames
{
    public static string Of(ReportKind kind) => kind switch
    {
        ReportKind.RepeatedParagraph => "重复段落（已删）",
        ReportKind.RepeatedSentence => "段内重复（已删）",
        ReportKind.JoinedSplitWord => "断词接合（已改）",
        ReportKind.TraditionalCharacter => "繁体字（已改）",
        ReportKind.PunctuationNormalised => "半角标点（已改）",
        ReportKind.DigitsNormalised => "全角数字（已改）",
        ReportKind.TruncatedParagraph => "段落残缺（待核）",
        ReportKind.UnbalancedQuotes => "引号不成对（待核）",
        ReportKind.SharedPassage => "混入别处文字（待核）",
        ReportKind.NearDuplicateParagraph => "近似重复（待核）",
        ReportKind.HeadingMismatch => "标题与内容不符（待核）",
        ReportKind.OffTopicParagraph => "段落离题（待核）",
        ReportKind.InconsistentPlaceName => "地名不一（待核）",
        ReportKind.SameSchoolNameInCounties => "校名重复（待核）",
        ReportKind.PossibleTypo => "疑似错字（待核）",
        ReportKind.MissingLead => "缺少导语（待核）",
        ReportKind.MilestoneSubjectAdded => "大事记补出主体（已改）",
        ReportKind.MilestoneWithoutSubject => "大事记缺主体（待核）",
        ReportKind.CorrectionProblem => "编辑更正未生效（待核）",
        _ => kind.ToString(),
    };
}
