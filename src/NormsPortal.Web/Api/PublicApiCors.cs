using Microsoft.AspNetCore.Cors.Infrastructure;

namespace NormsPortal.Web.Api;

/// <summary>
/// CORS for the public read API, so a script on another site can read it: GET and HEAD only, no
/// credentials (cookies never cross), from the origins in <c>Cors:PublicOrigins</c> (default <c>*</c>).
/// Applied to the /api/v1 endpoints alone; pages, sign-in and health checks stay same-origin.
/// </summary>
public static class PublicApiCors
{
    public const string PolicyName = "PublicRead";
    public const string OriginsKey = "Cors:PublicOrigins";

    public static IServiceCollection AddPublicApiCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>()
            .Configure<IConfiguration>((options, configuration) => options.AddPolicy(PolicyName, policy =>
            {
                var origins = Origins(configuration);
                if (origins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins(origins);
                }

                policy.WithMethods(HttpMethods.Get, HttpMethods.Head)
                    .AllowAnyHeader()
                    // Readable by the calling script: revalidation and the name of a downloaded citation file.
                    .WithExposedHeaders("ETag", "Content-Disposition")
                    .SetPreflightMaxAge(TimeSpan.FromHours(1));
            }));
        return services;
    }

    /// <summary>The allowed origins: a list in configuration, or one comma-separated value (as an environment variable gives it).</summary>
    private static string[] Origins(IConfiguration configuration)
    {
        var section = configuration.GetSection(OriginsKey);
        var listed = section.Value is { } single
            ? single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.Get<string[]>() ?? [];
        return listed.Length == 0 ? ["*"] : listed;
    }
}
