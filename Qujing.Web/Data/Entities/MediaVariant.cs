namespace Qujing.Web.Data.Entities;

/// <summary>One encoded size of a <see cref="MediaItem"/>: the bytes readers are sent.</summary>
public class MediaVariant
{
    public int Id { get; set; }
    public int MediaItemId { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }

    /// <summary>The address's extension: "webp", or "jpg" for the share-image copy.</summary>
    public string Format { get; set; } = "";

    public byte[] Bytes { get; set; } = [];
}
