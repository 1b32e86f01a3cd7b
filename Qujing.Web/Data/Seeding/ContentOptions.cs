namespace Qujing.Web.Data.Seeding;

/// <summary>Where the source article lives (section "Content" of the configuration).</summary>
public sealed class ContentOptions
{
    /// <summary>The content folder; a relative path is taken from the app's content root.</summary>
    public string Directory { get; set; } = "../content";

    /// <summary>The article text file inside <see cref="Directory"/>.</summary>
    public string Article { get; set; } = "qujing-feature.txt";

    /// <summary>
    /// The editors' corrections file inside <see cref="Directory"/> (docs/decisions/0013-corrections.md); empty turns
    /// corrections off, and a file that is not there is no corrections.
    /// </summary>
    public string Corrections { get; set; } = "corrections.txt";
}
