using NormsPortal.Web.Api;
using NormsPortal.Web.Caching;
using NormsPortal.Web.Features.Accounts;
using NormsPortal.Web.Infrastructure.Diagnostics;
using NormsPortal.Web.Infrastructure.Http;
using NormsPortal.Web.Infrastructure.Startup;
using NormsPortal.Web.Security;
using NormsPortal.Web.Security.RateLimiting;
using NormsPortal.Web.Theming;

namespace NormsPortal.Web.Configuration;

/// <summary>The order of the request pipeline and the endpoints it ends in.</summary>
public static class PortalPipeline
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // First of all: no request is served before the start-up work it depends on has ended.
        app.UseStartupGate();
        app.UsePortalForwardedHeaders();
        app.UseSecurityHeaders();
        app.UsePortalRequestLogging();
        // HEAD is answered as GET, so it must be turned into one before routing picks the endpoint
        // (without this call routing would run first of all, where WebApplication puts it).
        app.UseHeadAsGet();
        app.UseRouting();
        // After routing, whose endpoint names the CORS policy; a preflight is answered here.
        app.UseCors();
        app.UsePortalErrorHandling();
        // Inside the error handling, so a refused request keeps its 429 page; before anything costly.
        app.UsePortalRateLimiting();
        app.UsePortalHttps();
        app.UsePortalAuthentication();
        app.UseCurrentUser();
        // Outside the output cache, so that a page served from it still asks for the colour-scheme hint.
        app.UseColorSchemeClientHint();
        // After authentication (the API's answers are cached for anonymous callers only); outside the API's ETags,
        // which are stored with the answer.
        app.UsePortalOutputCaching();
        // Inside the error handling: an exception drops the buffered answer, and the handler writes its own.
        app.UseApiCaching();
        app.UsePortalUi();
        return app;
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPortalHealthChecks();
        app.MapPortalHeapDiagnostics();
        app.MapPortalApi();
        app.MapAccountEndpoints();
        app.MapPortalUi();
        return app;
    }
}
