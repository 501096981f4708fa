using NormsPortal.Web.Security.Antiforgery;
using NormsPortal.Web.Security.Email;
using NormsPortal.Web.Security.RateLimiting;
using NormsPortal.Web.Security.Sessions;

namespace NormsPortal.Web.Security;

/// <summary>
/// What hardens the accounts around Identity: account mail over SMTP, the rate limit on account POSTs,
/// the antiforgery header for cookie writes to the API, server-side sessions.
/// Added after Identity, whose defaults some of it replaces.
/// </summary>
public static class AccountSecurityConfiguration
{
    public static WebApplicationBuilder AddPortalAccountSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services
            .AddPortalEmail(builder.Configuration)
            .AddPortalRateLimiting()
            .AddPortalApiAntiforgery()
            .AddPortalSessions();
        return builder;
    }
}
