using Microsoft.AspNetCore.Antiforgery;

namespace NormsPortal.Web.Caching;

/// <summary>
/// Output caching of what the public sees: the <see cref="PublicPageAttribute">public pages</see> for every reader
/// and the public GET API (<see cref="CacheAsPublicAnswer"/>) for anonymous callers, in the standard
/// <c>IOutputCacheStore</c>, whose entries writes evict by their <see cref="Data.Caching.CacheTags"/>.
/// </summary>
public static class OutputCachingConfiguration
{
    /// <summary>Register after the Blazor components (which register antiforgery).</summary>
    public static IServiceCollection AddPortalOutputCaching(this IServiceCollection services)
    {
        services.AddOptions<PublicCacheOptions>()
            .BindConfiguration(PublicCacheOptions.SectionName)
            .Validate(options => options.IsValid,
                $"OutputCache:ExpirySeconds must be between 1 and {PublicCacheOptions.MaximumExpirySeconds}: a cached page's Blazor markers expire after five minutes.")
            .ValidateOnStart();
        services.AddSingleton<PublicPagePolicy>();
        services.AddSingleton<PublicApiPolicy>();
        services.AddSingleton<SharedDataCache>();
        services.AddOutputCache();
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<PublicPagePolicy, PublicApiPolicy>((cache, pages, api) =>
            {
                // A typed form of an address (/documents/a/res/73/27) is redirected to the work's own; a key that
                // ignored case would answer it with the cached page instead.
                cache.UseCaseSensitivePaths = true;
                cache.AddBasePolicy(pages);
                cache.AddPolicy(PublicApiPolicy.Name, api);
            });
        DecorateAntiforgery(services);
        return services;
    }

    /// <summary>Place after authentication (the API's policy asks who is signed in) and before the endpoints' own middleware.</summary>
    public static IApplicationBuilder UsePortalOutputCaching(this IApplicationBuilder app)
    {
        app.UseMiddleware<SharedPageMiddleware>();
        return app.UseOutputCache();
    }

    /// <summary>Caches an API endpoint's anonymous GET answers; its handler tags them (<see cref="CachedAnswerTags"/>).</summary>
    public static TBuilder CacheAsPublicAnswer<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(PublicApiPolicy.Name);

    private static void DecorateAntiforgery(IServiceCollection services)
    {
        var registered = services.LastOrDefault(service => service.ServiceType == typeof(IAntiforgery))
            ?? throw new InvalidOperationException("Register the Blazor components, and with them antiforgery, before output caching.");
        var implementation = registered.ImplementationType
            ?? throw new InvalidOperationException("Antiforgery is expected to be registered by its type, as AddAntiforgery does.");
        services.Remove(registered);
        services.AddSingleton<IAntiforgery>(provider =>
            new SharedPageAntiforgery((IAntiforgery)ActivatorUtilities.CreateInstance(provider, implementation)));
    }
}
