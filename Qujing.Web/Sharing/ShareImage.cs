namespace Qujing.Web.Sharing;

/// <summary>A page's share image as the page head declares it (og:image and its size, type and alt text).</summary>
/// <param name="Path">The site-relative address, with the card's version as its query.</param>
public sealed record ShareImage(string Path, string Alt)
{
    public int Width => ShareCard.Width;

    public int Height => ShareCard.Height;
}
