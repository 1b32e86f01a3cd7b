using System.Net;
using Microsoft.AspNetCore.Html;
using QRCoder;

namespace Qujing.Web.Features.Sharing;

/// <summary>A page's address as a QR code, in SVG for the page itself (WeChat's 扫一扫 reads it off a screen or a print).</summary>
public static class QrCodes
{
    /// <summary>
    /// Dark on light whatever the page's colour scheme (scanners expect that), with the quiet zone QR needs around it.
    /// QRCoder draws with fill attributes, never a style attribute, so the strict CSP holds; its markup carries no
    /// text of ours except the label, which is encoded here.
    /// </summary>
    public static IHtmlContent Svg(string url, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(1, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return new HtmlString(svg.Replace("<svg ", $"<svg class=\"qr-code\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" ", StringComparison.Ordinal));
    }
}
