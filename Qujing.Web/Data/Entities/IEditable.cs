namespace Qujing.Web.Data.Entities;

/// <summary>An item editors change through revisions: it knows which revision readers see, and may be in the trash.</summary>
public interface IEditable
{
    int Id { get; }

    /// <summary>
    /// The item's address name (a section's, a school's); an item without an address of its own (the feature, a
    /// milestone, a figure, a quote) goes by its id where the editing machinery asks for one.
    /// </summary>
    string Slug => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    int PublishedRevision { get; set; }
    DateTimeOffset? DeletedAt { get; set; }

    /// <summary>
    /// Readers can reach it: published once and not in the trash. (The public query filters say the same in SQL, in each
    /// entity's configuration.)
    /// </summary>
    bool ReadersSee => DeletedAt is null && PublishedRevision > 0;
}
