namespace Qujing.Web.Features.Sharing;

/// <summary>A page's share image as the page head declares it (og:image and its size, type and alt text).</summary>
/// <param name="Path">The site-relative address, with the card's version as its query.</param>
/// <remarks>A drawn card by default; a page with a lead image shares that photo's JPEG copy instead.</remarks>
public sealed record ShareImage(string Path, string Alt, int Width = ShareCard.Width, int Height = ShareCard.Height, string Type = "image/png");
