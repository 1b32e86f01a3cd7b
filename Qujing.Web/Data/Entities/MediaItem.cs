namespace Qujing.Web.Data.Entities;

/// <summary>
/// A photo in the media library: what readers are told about it and the sizes it was stored in. Its bytes are in
/// <see cref="MediaVariant"/> rows, so listing items never loads an image.
/// </summary>
public class MediaItem
{
    public int Id { get; set; }

    /// <summary>The uploaded file's name, for editors only.</summary>
    public string FileName { get; set; } = "";

    public string Alt { get; set; } = "";
    public string Caption { get; set; } = "";
    public string Credit { get; set; } = "";

    /// <summary>The largest stored variant's size (upright: orientation already applied).</summary>
    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>The widths stored, smallest first, separated by spaces ("480 960 1600").</summary>
    public string Widths { get; set; } = "";

    /// <summary>A hash of the stored pixels: the version part of every address, so a cached copy never goes stale.</summary>
    public string Hash { get; set; } = "";

    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
    public List<MediaVariant> Variants { get; set; } = [];

    public IReadOnlyList<int> WidthList => [.. Widths.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];
}
