using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Features.Editing.Scheduling;
using Qujing.Web.Features.Search;
using Qujing.Web.Import;

namespace Qujing.Web.Tests.Unit;

/// <summary>
/// Enums the database holds as numbers. A member moved, renamed or inserted in the middle would silently relabel every
/// stored row (a national milestone shown as provincial), so each member's number is pinned here: a change fails this
/// test, not a reader's page.
/// </summary>
public class StoredEnumTests
{
    /// <summary>Every enum stored as a number, with the number of each member as the database holds it.</summary>
    private static readonly Dictionary<Type, (string Name, int Value)[]> Stored = new()
    {
        [typeof(DatePrecision)] = [("Year", 0), ("Month", 1), ("Day", 2)],
        [typeof(MilestoneLevel)] = [("National", 0), ("Provincial", 1), ("City", 2), ("School", 3)],
        [typeof(ScheduleState)] = [("Pending", 0), ("Failed", 1)],
        [typeof(ReportKind)] =
        [
            ("RepeatedParagraph", 0), ("RepeatedSentence", 1), ("JoinedSplitWord", 2), ("TraditionalCharacter", 3),
            ("PunctuationNormalised", 4), ("TruncatedParagraph", 5), ("UnbalancedQuotes", 6), ("SharedPassage", 7),
            ("NearDuplicateParagraph", 8), ("HeadingMismatch", 9), ("OffTopicParagraph", 10), ("InconsistentPlaceName", 11),
            ("SameSchoolNameInCounties", 12), ("PossibleTypo", 13), ("MissingLead", 14), ("DigitsNormalised", 15),
            ("MilestoneSubjectAdded", 16), ("MilestoneWithoutSubject", 17), ("CorrectionProblem", 18),
        ],

        // Not an entity's column: the search index's kind column, written and read as an integer in SQL.
        [typeof(SearchKind)] = [("Section", 0), ("School", 1), ("Milestone", 2), ("Figure", 3), ("Quote", 4), ("Feature", 5)],
    };

    public static TheoryData<string> StoredEnums => [.. Stored.Keys.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(StoredEnums))]
    public void EveryMemberOfAStoredEnumKeepsItsNumber(string name)
    {
        var type = Stored.Keys.Single(t => t.Name == name);

        var members = Enum.GetValues(type).Cast<object>().Select(v => (Enum.GetName(type, v)!, Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(Stored[type], members);
    }

    /// <summary>A new enum column must be pinned above too: the model is the list of what the database holds.</summary>
    [Fact]
    public void EveryEnumInTheDatabaseModelIsPinned()
    {
        using var db = new QujingDbContext(new DbContextOptionsBuilder<QujingDbContext>().UseSqlite("Data Source=:memory:").Options);

        var enums = db.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Select(p => Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).Where(t => t.IsEnum).Distinct().ToList();

        Assert.NotEmpty(enums);
        Assert.All(enums, t => Assert.True(Stored.ContainsKey(t), $"{t.Name} is stored in the database: pin its members' numbers in {nameof(StoredEnumTests)}."));
    }
}
