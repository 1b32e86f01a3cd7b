using System.Reflection;

namespace Qujing.Web.Features.Editing.Merging;

/// <summary>
/// Two editors' versions of one item, merged field by field against the revision both started from: text fields
/// paragraph by paragraph (<see cref="FieldMerge"/>); any other field takes the side that changed it, and this
/// editor's value where both did.
/// </summary>
public sealed class ContentMerge<TContent>
    where TContent : class
{
    private static readonly PropertyInfo[] Properties = [.. typeof(TContent).GetProperties().Where(p => p.CanRead && p.CanWrite)];

    public ContentMerge(TContent @base, TContent theirs, TContent mine)
    {
        (Theirs, Mine) = (theirs, mine);
        Fields = Properties.Where(p => p.PropertyType == typeof(string))
            .ToDictionary(p => p.Name, p => FieldMerge.Of(Text(p, @base), Text(p, theirs), Text(p, mine)));
    }

    public TContent Theirs { get; }

    public TContent Mine { get; }

    /// <summary>The merge of each text field, by property name.</summary>
    public IReadOnlyDictionary<string, FieldMerge> Fields { get; }

    public bool HasConflicts => Fields.Values.Any(f => f.HasConflicts);

    /// <summary>The merged content, each text field's conflicts settled by the editor's choices for it (none: keep both).</summary>
    public TContent Resolve(IReadOnlyDictionary<string, IReadOnlyList<ConflictChoice>> choices, TContent @base)
    {
        // A copy of this editor's version (records have init-only setters, which reflection may still set).
        var merged = (TContent)typeof(TContent).GetMethod("<Clone>$")!.Invoke(Mine, null)!;
        foreach (var property in Properties)
        {
            if (Fields.TryGetValue(property.Name, out var field))
            {
                property.SetValue(merged, field.Resolve(choices.TryGetValue(property.Name, out var chosen) ? chosen : []));
            }
            else if (Equals(property.GetValue(Mine), property.GetValue(@base)))
            {
                property.SetValue(merged, property.GetValue(Theirs));
            }
        }

        return merged;
    }

    private static string Text(PropertyInfo property, TContent content) => property.GetValue(content) as string ?? "";
}
