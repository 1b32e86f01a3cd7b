namespace Qujing.Web.Features.Editing;

/// <summary>
/// The longest value each kind of content field takes, in UTF-16 characters, checked before anything is stored
/// (decision 0007). Each is many times what the real article needs (its longest section is under 1,000 characters),
/// and small enough that one field cannot make a page, a revision or a diff heavy.
/// </summary>
public static class ContentLimits
{
    /// <summary>A section heading, the feature's title, a figure's label.</summary>
    public const int Title = 200;

    /// <summary>A school's name, a person's name or role, the byline.</summary>
    public const int Name = 100;

    /// <summary>An address segment (section-1); the column is 100 wide too.</summary>
    public const int Slug = 100;

    /// <summary>A county's name (the column is 50 wide), a milestone's displayed date.</summary>
    public const int Label = 50;

    /// <summary>A figure's value as typed: more digits than a decimal holds would fail to parse.</summary>
    public const int Number = 20;

    /// <summary>A milestone's summary, a source sentence.</summary>
    public const int Sentence = 1_000;

    /// <summary>A quote's words, a school's other names (one a line).</summary>
    public const int Passage = 2_000;

    /// <summary>The feature's lead.</summary>
    public const int Lead = 5_000;

    /// <summary>A section's body, a school's profile.</summary>
    public const int Body = 50_000;
}
