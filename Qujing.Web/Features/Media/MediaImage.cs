using Microsoft.EntityFrameworkCore;

namespace Qujing.Web.Features.Media;

/// <summary>What a page needs to show a library photo: its sizes and words, never its bytes.</summary>
public sealed record MediaImage(int Id, string Alt, string Caption, string Credit, int Width, int Height, string Hash, IReadOnlyList<int> Widths)
{
    /// <summary>The layout's text column is 38em wide; on a phone the photo spans the screen less the page's padding.</summary>
    public const string Sizes = "(min-width: 42em) 38em, calc(100vw - 2rem)";

    public static async Task<MediaImage?> FindAsync(Data.QujingDbContext db, int? id, CancellationToken ct) =>
        id is null ? null : await db.MediaItems.AsNoTracking().Where(m => m.Id == id).AsAsyncEnumerable().Select(Of).FirstOrDefaultAsync(ct);

    public static MediaImage Of(Data.Entities.MediaItem item) =>
        new(item.Id, item.Alt, item.Caption, item.Credit, item.Width, item.Height, item.Hash, item.WidthList);

    /// <summary>The default source: the middle width, enough for most screens.</summary>
    public string Src => MediaUrls.Variant(Id, Widths[Widths.Count / 2], Hash);

    public string SrcSet => string.Join(", ", Widths.Select(w => $"{MediaUrls.Variant(Id, w, Hash)} {w}w"));

    /// <summary>The share-image copy (JPEG, the largest width).</summary>
    public string ShareUrl => MediaUrls.Variant(Id, Width, Hash, ImageProcessor.ShareFormat);

    /// <summary>The page's share image: this photo's JPEG copy, described by its alt text.</summary>
    public Features.Sharing.ShareImage Share => new(ShareUrl, Alt, Width, Height, "image/jpeg");

    /// <summary>Height at the width <see cref="Src"/> has, for the img element's aspect ratio.</summary>
    public (int Width, int Height) SrcSize => (Widths[Widths.Count / 2], Math.Max(1, (int)Math.Round((double)Height * Widths[Widths.Count / 2] / Width)));
}
