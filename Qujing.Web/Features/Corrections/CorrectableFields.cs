using System.Reflection;
using System.Text.Json;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Home;
using Qujing.Web.Features.Quotes;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Features.Timeline;

namespace Qujing.Web.Features.Corrections;

/// <summary>
/// The fields a correction may change, kind by kind: free text only. An address, a county, a date to sort by, a value
/// or an item's identity (a school's names) are never a correction's to change. Each field has the same name on the
/// content record and on its entity, which is how a first import puts the corrected text on the items it saves.
/// </summary>
public static class CorrectableFields
{
    private static readonly Dictionary<Type, (string Name, bool IsMarkdown)[]> Table = new()
    {
        [typeof(FeatureContent)] = [(nameof(FeatureContent.Title), false), (nameof(FeatureContent.Byline), false), (nameof(FeatureContent.LeadMarkdown), true)],
        [typeof(SectionContent)] = [(nameof(SectionContent.Heading), false), (nameof(SectionContent.BodyMarkdown), true)],
        [typeof(SchoolContent)] = [(nameof(SchoolContent.ProfileMarkdown), true)],
        [typeof(MilestoneContent)] = [(nameof(MilestoneContent.Summary), false), (nameof(MilestoneContent.SourceSentence), false)],
        [typeof(FigureContent)] = [(nameof(FigureContent.Label), false), (nameof(FigureContent.SourceSentence), false)],
        [typeof(QuoteContent)] = [(nameof(QuoteContent.Role), false), (nameof(QuoteContent.Words), false)],
    };

    public static IReadOnlyList<(string Name, bool IsMarkdown)> Of(object content) => Table[content.GetType()];

    public static string Get(object content, string field) => (string?)Property(content.GetType(), field).GetValue(content) ?? "";

    /// <summary>A copy of the content record with the given fields changed (the record itself is never changed).</summary>
    public static object With(object content, IEnumerable<(string Field, string Value)> values)
    {
        var type = content.GetType();
        var copy = JsonSerializer.Deserialize(JsonSerializer.Serialize(content, type), type)!;
        foreach (var (field, value) in values)
        {
            Property(type, field).SetValue(copy, value);
        }

        return copy;
    }

    /// <summary>Puts the content's correctable fields on the entity it describes (a new item of a first import).</summary>
    public static void CopyOnto(object entity, object content)
    {
        foreach (var (field, _) in Of(content))
        {
            Property(entity.GetType(), field).SetValue(entity, Get(content, field));
        }
    }

    private static PropertyInfo Property(Type type, string name) =>
        type.GetProperty(name) ?? throw new InvalidOperationException($"{type.Name} has no property {name}.");
}
