namespace Qujing.Web.Data.Entities;

/// <summary>An item editors change through revisions: it knows which revision readers see, and may be in the trash.</summary>
public interface IEditable
{
    int Id { get; }
    string Slug { get; }
    int PublishedRevision { get; set; }
    DateTimeOffset? DeletedAt { get; set; }

    /// <summary>
    /// Readers can reach it: published once and not in the trash. (The public query filters say the same in SQL, in each
    /// entity's configuration.)
    /// </summary>
    bool ReadersSee => DeletedAt is null && PublishedRevision > 0;
}
