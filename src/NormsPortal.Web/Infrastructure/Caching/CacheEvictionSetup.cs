using Microsoft.AspNetCore.OutputCaching;
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
    /// <summary>How long after a write its tags are evicted again (<see cref="LocalCacheEviction"/>); zero: not again.</summary>
    public const string RepeatAfterKey = "CacheEviction:RepeatAfter";

    private static readonly TimeSpan s_repeatAfter = TimeSpan.FromSeconds(2);

    public static IServiceCollection AddPortalCacheEviction(this IServiceCollection services, IPortalDatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(provider);
        // The store evictions go to; the output caching feature registers the same (the call is idempotent).
        services.AddOutputCache();
        services.AddSingleton(services => new LocalCacheEviction(
            services.GetRequiredService<IOutputCacheStore>(),
            services.GetRequiredService<IConfiguration>().GetValue(RepeatAfterKey, s_repeatAfter)));
        if (provider.CacheTagChannel is { } channel)
        {
            services.AddSingleton(channel);
            services.AddHostedService(services => ActivatorUtilities.CreateInstance<CacheEvictionListener>(services, connectionString));
        }

        return services;
    }
}
