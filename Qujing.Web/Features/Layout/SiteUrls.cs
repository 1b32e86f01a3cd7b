using Microsoft.Extensions.Options;

namespace Qujing.Web.Features.Layout;

/// <summary>Absolute addresses for the sitemap, the feed and canonical links.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options, IHttpContextAccessor http)
{
    public string Base => options.Value.BaseUrl is { Length: > 0 } configured
        ? configured.TrimEnd('/')
        : $"{http.HttpContext!.Request.Scheme}://{http.HttpContext.Request.Host}";

    public string Absolute(string path) => Base + path;
}
