using System.Runtime.CompilerServices;

namespace Qujing.Web.Features.Editing.Reimport;

/// <summary>What applying one re-import shares between items: the Admin's decisions and where the importer's entities ended up.</summary>
public sealed class ApplyContext(string user, bool publishNow)
{
    private readonly Dictionary<object, int> _ids = new(ReferenceEqualityComparer.Instance);

    public string User => user;

    /// <summary>Changes are published at once rather than left as drafts.</summary>
    public bool PublishNow => publishNow;

    /// <summary>Records the site's id for an importer's section or school, so the items that point at it can be linked.</summary>
    public void Place(object source, int id) => _ids[source] = id;

    /// <summary>The site's id of an importer's section or school (null for none).</summary>
    public int? IdOf(object? source, [CallerArgumentExpression(nameof(source))] string? what = null) =>
        source is null ? null : _ids.TryGetValue(source, out var id) ? id : throw new InvalidOperationException($"{what} has not been placed.");
}
