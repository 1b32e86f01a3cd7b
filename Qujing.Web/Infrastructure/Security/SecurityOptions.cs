namespace Qujing.Web.Infrastructure.Security;

/// <summary>Transport and request-size settings (section "Security").</summary>
public sealed class SecurityOptions
{
    /// <summary>Redirect plain HTTP to HTTPS. Behind a TLS proxy, list the proxy in <see cref="TrustedProxies"/> too.</summary>
    public bool RequireHttps { get; set; }

    /// <summary>The public HTTPS port plain HTTP is redirected to (443 behind a TLS proxy).</summary>
    public int HttpsPort { get; set; } = 443;

    /// <summary>How long browsers remember to use HTTPS only (the Strict-Transport-Security header on HTTPS responses).</summary>
    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>
    /// Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/8</c>) of reverse proxies whose X-Forwarded-For and
    /// X-Forwarded-Proto are believed. Empty: the headers are ignored and the connection is the client.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>
    /// The largest request body, in bytes, where an action sets no limit of its own. Well above what the longest
    /// field allows, so an over-long field gets a field message with the text kept, not a 413.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;
}
