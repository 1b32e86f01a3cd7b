using System.Globalization;
using System.Text.RegularExpressions;

namespace Qujing.Web.Features.Media;

/// <summary>
/// The media library's addresses: <c>/media/12</c> is what editors write in Markdown; <c>/media/12/960.webp?v=hash</c>
/// is what readers load (the hash changes with the pixels, so a variant's address is cached forever).
/// </summary>
public static partial class MediaUrls
{
    /// <summary>The address editors put in Markdown.</summary>
    public static string Of(int id) => $"/media/{id}";

    public static string Variant(int id, int width, string hash, string format = "webp") =>
        $"/media/{id}/{width}.{format}?v={hash}";

    /// <summary>The item a Markdown image points at, or null when it is not a media-library address.</summary>
    public static int? ItemOf(string? url) =>
        url is not null && LibraryAddress().Match(url) is { Success: true } m && int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>Every id a text names in a library address, wherever it stands: a superset of the images it shows.</summary>
    public static IReadOnlyCollection<int> IdsIn(string? text) =>
        text is null || !text.Contains("/media/", StringComparison.Ordinal)
            ? []
            : AnyAddress().Matches(text).Select(m => int.Parse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)).ToHashSet();

    [GeneratedRegex("/media/([1-9][0-9]{0,8})(?![0-9])")]
    private static partial Regex AnyAddress();

    [GeneratedRegex("^/media/([1-9][0-9]{0,8})$")]
    private static partial Regex LibraryAddress();
}
