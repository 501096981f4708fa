using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace NormsPortal.Web.Configuration;

/// <summary>
/// Forwarded headers from the reverse proxy, HSTS, and optional HTTPS redirection
/// (see <see cref="ReverseProxyOptions"/>).
/// </summary>
public static class ReverseProxyConfiguration
{
    public static IServiceCollection AddPortalReverseProxySupport(
        this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = configuration.GetSection(ReverseProxyOptions.SectionName).Get<ReverseProxyOptions>()
            ?? new ReverseProxyOptions();

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in proxy.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        // A year, as is usual once a site is served over HTTPS only; sent on HTTPS responses only.
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    /// <summary>Reads the forwarded headers; must run before anything that looks at the scheme or client address.</summary>
    public static WebApplication UsePortalForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    public static WebApplication UsePortalHttps(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // Sent on HTTPS responses only (as the proxy reports them), never for localhost.
            app.UseHsts();
        }

        var proxy = app.Configuration.GetSection(ReverseProxyOptions.SectionName).Get<ReverseProxyOptions>();
        if (proxy?.UseHttpsRedirection == true)
        {
            app.UseHttpsRedirection();
        }

        return app;
    }
}
