namespace Qujing.Web.Import;

/// <summary>What the importer did or doubts. Changes are applied; flags are left for an editor.</summary>
public enum ReportKind
{
    // Stored as integers in ImportReportItems: values are explicit so reordering can never relabel old reports.
    RepeatedParagraph = 0,
    RepeatedSentence = 1,
    JoinedSplitWord = 2,
    TraditionalCharacter = 3,
    PunctuationNormalised = 4,
    TruncatedParagraph = 5,
    UnbalancedQuotes = 6,
    SharedPassage = 7,
    NearDuplicateParagraph = 8,
    HeadingMismatch = 9,
    OffTopicParagraph = 10,
    InconsistentPlaceName = 11,
    SameSchoolNameInCounties = 12,
    PossibleTypo = 13,
    MissingLead = 14,
    DigitsNormalised = 15,
    MilestoneSubjectAdded = 16,
    MilestoneWithoutSubject = 17,

    /// <summary>An entry of the editors' corrections file that is malformed or could not be applied (not the importer's own).</summary>
    CorrectionProblem = 18,
}

/// <summary>One line of the import report.</summary>
/// <param name="Kind">What kind of change or doubt.</param>
/// <param name="Location">Where, in words an editor can follow (source paragraph numbers, section heading).</param>
/// <param name="Before">The text before the change, or the doubtful text.</param>
/// <param name="After">The text after the change; null for a flag.</param>
/// <param name="Message">A Chinese sentence for the editor.</param>
/// <param name="SectionIndex">The section the entry concerns (0-based), when there is one.</param>
/// <param name="Sources">The source paragraph numbers the entry concerns, so it can link to where they ended up.</param>
public sealed record ReportEntry(ReportKind Kind, string Location, string? Before, string? After, string Message, int? SectionIndex = null, IReadOnlyList<int>? Sources = null)
{
    /// <summary>True when the importer only flagged this for an editor and changed nothing.</summary>
    public bool IsFlag => After is null;
}
