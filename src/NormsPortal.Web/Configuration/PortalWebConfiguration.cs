using NormsPortal.Web.Caching;
using NormsPortal.Web.Infrastructure.Diagnostics;
using NormsPortal.Web.Security;

namespace NormsPortal.Web.Configuration;

/// <summary>
/// Everything the web front end registers: pages, API, the current user, health checks, reverse-proxy support.
/// The database and identity are added by their own extensions, after this one.
/// </summary>
public static class PortalWebConfiguration
{
    public static WebApplicationBuilder AddPortalWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigurePortalRequestLimits();
        builder.Services
            .AddPortalUi(builder.Configuration)
            .AddPortalOutputCaching()
            .AddPortalApi()
            .AddCurrentUser()
            .AddPortalHealthChecks()
            .AddPortalReverseProxySupport(builder.Configuration)
            .AddPortalHeapDiagnostics(builder.Configuration);
        return builder;
    }
}
