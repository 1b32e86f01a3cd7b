using System.Security.Cryptography;
using System.Text;

namespace Qujing.Web.Features.Sharing;

/// <summary>What a share image shows: a line naming the site, a title, a footer line and the colour behind them.</summary>
/// <param name="Badge">The section's number ("04"), as its page shows it beside the heading; null on the feature's card.</param>
public sealed record ShareCard(string Kicker, string Title, string Footer, string Accent, string? Badge)
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Raise when the drawing changes, so that every cached copy of every card is asked for again.</summary>
    private const int DrawingVersion = 1;

    /// <summary>A short hash of everything drawn: the image's address carries it, so a changed card is a new address.</summary>
    public string Version =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{DrawingVersion}\n{Kicker}\n{Title}\n{Footer}\n{Accent}\n{Badge}")))[..12];
}
