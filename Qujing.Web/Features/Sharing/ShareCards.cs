using System.Globalization;

namespace Qujing.Web.Features.Sharing;

/// <summary>The share cards of the feature and of each section, and the addresses and alt texts pages declare them by.</summary>
public static class ShareCards
{
    public const string SiteName = "曲靖教育改革专题";

    /// <summary>The site's accent, --accent in site.css.</summary>
    public const string Brand = "#b3261e";

    /// <summary>The sections' colours in order, --t1 … --t6 in site.css (a test checks they agree); later sections take the accent.</summary>
    private static readonly string[] Themes = ["#b3261e", "#8a4b08", "#1d5f8a", "#2e6b30", "#6a3d8f", "#7a5a00"];

    /// <summary>The feature's card: its title on the site's colour. A title the font cannot draw gives way to the site's name.</summary>
    public static ShareCard Feature(string featureTitle) =>
        new(SiteName, ShareFont.Covers(featureTitle) ? featureTitle : SiteName, "", Brand, null);

    /// <summary>A section's card: its heading on its colour, with its number and the feature's title.</summary>
    public static ShareCard Section(string heading, int position, string featureTitle) =>
        new(SiteName, heading, ShareFont.Covers(featureTitle) ? $"《{featureTitle}》" : "", AccentOf(position), position.ToString("00", CultureInfo.InvariantCulture));

    public static ShareImage FeatureImage(string featureTitle) =>
        new($"/share.png?v={Feature(featureTitle).Version}", $"《{featureTitle}》· {SiteName}");

    /// <summary>The section's own image, or the feature's when the heading has a character the font cannot draw.</summary>
    public static ShareImage SectionImage(string slug, string heading, int position, string featureTitle) =>
        ShareFont.Covers(heading)
            ? new($"/sections/{slug}/share.png?v={Section(heading, position, featureTitle).Version}", $"{heading} · 《{featureTitle}》")
            : FeatureImage(featureTitle);

    private static string AccentOf(int position) => position >= 1 && position <= Themes.Length ? Themes[position - 1] : Brand;
}
