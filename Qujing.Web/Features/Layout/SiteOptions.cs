namespace Qujing.Web.Features.Layout;

/// <summary>Site-wide settings (section "Site").</summary>
public sealed class SiteOptions
{
    /// <summary>The public address, for canonical URLs, the sitemap and the feed; empty means the request's own host.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>The ICP filing number shown in the footer (e.g. "滇ICP备00000000号"); no line when empty.</summary>
    public string IcpFiling { get; set; } = "";
}
