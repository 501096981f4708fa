using NormsPortal.Web.Security;

namespace NormsPortal.Web.Configuration;

/// <summary>The order of the request pipeline and the endpoints it ends in.</summary>
public static class PortalPipeline
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UsePortalForwardedHeaders();
        app.UseSecurityHeaders();
        app.UsePortalRequestLogging();
        app.UsePortalErrorHandling();
        app.UsePortalHttps();
        app.UseCurrentUser();
        app.UsePortalUi();
        return app;
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPortalHealthChecks();
        app.MapPortalApi();
        app.MapPortalUi();
        return app;
    }
}
