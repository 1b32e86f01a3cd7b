using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;

namespace Qujing.Web.Infrastructure.Security;

/// <summary>Transport security, response headers and request limits (see README, "Security").</summary>
public static class SecurityExtensions
{
    public static WebApplicationBuilder AddQujingSecurity(this WebApplicationBuilder builder)
    {
        PublicAddress.RequireInProduction(builder.Configuration, builder.Environment);
        var options = builder.Configuration.GetSection("Security").Get<SecurityOptions>() ?? new SecurityOptions();
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration("Security");

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });
        builder.Services.Configure<FormOptions>(f =>
        {
            f.ValueLengthLimit = (int)Math.Min(options.MaxRequestBodyBytes, int.MaxValue);
            f.MultipartBodyLengthLimit = options.MaxRequestBodyBytes;
        });
        builder.Services.AddHsts(h =>
        {
            h.MaxAge = TimeSpan.FromDays(options.HstsMaxAgeDays);
            h.IncludeSubDomains = false; // other hosts under the same domain are not ours to pin
        });
        builder.Services.AddHttpsRedirection(h => h.HttpsPort = options.HttpsPort);

        // Cookies are Secure whenever the reader's request was HTTPS (as seen through a trusted proxy), so they work on
        // plain http://localhost in development and are never sent in clear once the site is on HTTPS.
        builder.Services.Configure<AntiforgeryOptions>(a => a.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.Configure<ForwardedHeadersOptions>(f =>
        {
            f.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            f.KnownIPNetworks.Clear();
            f.KnownProxies.Clear();
            foreach (var proxy in options.TrustedProxies)
            {
                if (System.Net.IPNetwork.TryParse(proxy, out var network))
                {
                    f.KnownIPNetworks.Add(network);
                }
                else if (IPAddress.TryParse(proxy, out var address))
                {
                    f.KnownProxies.Add(address);
                }
                else
                {
                    throw new InvalidOperationException($"Security:TrustedProxies: '{proxy}' is neither an address nor a network.");
                }
            }
        });
        return builder;
    }

    /// <summary>
    /// First in the pipeline, ahead of the page cache, so that hits get the same treatment: the client's real address
    /// and scheme from a trusted proxy, HEAD as GET, the security headers, HSTS and the redirect to HTTPS.
    /// </summary>
    public static IApplicationBuilder UseQujingSecurity(this WebApplication app)
    {
        var options = app.Configuration.GetSection("Security").Get<SecurityOptions>() ?? new SecurityOptions();
        if (options.TrustedProxies.Length > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<HeadAsGet>();
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        if (options.RequireHttps)
        {
            app.UseHttpsRedirection();
        }

        return app;
    }

    /// <summary>Right after the page cache: the security headers survive an error page's clearing of the response.</summary>
    public static IApplicationBuilder UseSecurityHeadersOnRenders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersOnRenders>();

    /// <summary>After routing, so that an action's own <c>[RequestSizeLimit]</c> is known.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.UseMiddleware<RequestBodyLimit>();
}
