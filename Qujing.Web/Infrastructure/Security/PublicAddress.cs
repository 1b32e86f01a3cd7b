namespace Qujing.Web.Infrastructure.Security;

/// <summary>
/// Canonical links, og:url, the sitemap, robots.txt and the feed fall back to the request's Host header when
/// <c>Site:BaseUrl</c> is empty; with <c>AllowedHosts</c> at <c>*</c> anybody could make the site (and its cache)
/// print their host. In Production one of the two must be set, or the site refuses to start and says why.
/// </summary>
public static class PublicAddress
{
    public static void RequireInProduction(IConfiguration configuration, IHostEnvironment environment)
    {
        var baseUrl = configuration["Site:BaseUrl"];
        if (!string.IsNullOrEmpty(baseUrl))
        {
            if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new InvalidOperationException($"Site:BaseUrl must be an absolute http or https address, not '{baseUrl}'.");
            }

            return;
        }

        var hosts = configuration["AllowedHosts"];
        if (environment.IsProduction() && (string.IsNullOrWhiteSpace(hosts) || hosts.Trim() == "*"))
        {
            throw new InvalidOperationException(
                "Site:BaseUrl is required in Production (e.g. Site__BaseUrl=https://jiaoyu.example.cn), or list the site's host names " +
                "in AllowedHosts: without either, canonical links, the sitemap and the feed would take the address from the request's Host header.");
        }
    }
}
