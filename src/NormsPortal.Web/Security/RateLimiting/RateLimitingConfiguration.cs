using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NormsPortal.Web.Security.RateLimiting;

/// <summary>Registers and places the per-address limit on account POSTs (<see cref="AccountRateLimiter"/>).</summary>
public static class RateLimitingConfiguration
{
    public static IServiceCollection AddPortalRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.SectionName)
            .Validate(limits => limits.Register.IsValid && limits.SignIn.IsValid,
                "RateLimits:Register and RateLimits:SignIn need a PermitLimit of at least 1 and a positive Window.")
            .ValidateOnStart();
        // The limiter is built from the bound options, so tests and operators set it by configuration alone.
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
            {
                limiter.GlobalLimiter = AccountRateLimiter.Create(limits.Value);
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.OnRejected = AccountRateLimiter.OnRejectedAsync;
            });
        return services;
    }

    /// <summary>Place after the forwarded headers (the client's address) and inside the error handling.</summary>
    public static IApplicationBuilder UsePortalRateLimiting(this IApplicationBuilder app) => app.UseRateLimiter();
}
