using NormsPortal.Data.Caching;
using NormsPortal.Data.Providers;

namespace NormsPortal.Web.Infrastructure.Caching;

/// <summary>
/// Registers how writes evict the cached answers they change (<see cref="CacheTags"/>): the data layer evicts them from
/// this instance's output cache when a write commits; where the database has several instances (PostgreSQL), it also
/// announces them on the provider's channel and every instance listens (<see cref="CacheEvictionListener"/>).
/// </summary>
public static class CacheEvictionSetup
{
    public static IServiceCollection AddPortalCacheEviction(this IServiceCollection services, IPortalDatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(provider);
        // The store evictions go to; the output caching feature registers the same (the call is idempotent).
        services.AddOutputCache();
        if (provider.CacheTagChannel is { } channel)
        {
            services.AddSingleton(channel);
            services.AddHostedService(services => ActivatorUtilities.CreateInstance<CacheEvictionListener>(services, connectionString));
        }

        return services;
    }
}
