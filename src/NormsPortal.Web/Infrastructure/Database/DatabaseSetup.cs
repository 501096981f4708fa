using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Postgres;
using NormsPortal.Data.Providers;
using NormsPortal.Data.Sqlite;
using NormsPortal.Web.Health;
using NormsPortal.Web.Infrastructure.Caching;

namespace NormsPortal.Web.Infrastructure.Database;

/// <summary>Registers the database the configuration names, its health check and the Data Protection key store.</summary>
public static class DatabaseSetup
{
    /// <summary>Used when <c>ConnectionStrings:Sqlite</c> is not set: a file in the git-ignored App_Data folder.</summary>
    private const string DefaultSqliteConnectionString = "Data Source=App_Data/normsportal.db";

    public static WebApplicationBuilder AddPortalDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.SectionName));

        var provider = CreateProvider(options.Provider);
        var connectionString = ConnectionStringFor(provider, builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(provider);

        // A factory, because Blazor circuits live long and a DbContext must not; it also registers a
        // scoped PortalDbContext for Identity and Data Protection.
        builder.Services.AddDbContextFactory<PortalDbContext>(db => provider.Configure(db, connectionString));

        builder.Services.AddPortalCacheEviction(provider, connectionString);

        builder.Services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database", tags: [HealthCheckTags.Ready]);

        // Keys in the database: every instance behind a load balancer decrypts every other's cookies.
        builder.Services.AddDataProtection()
            .SetApplicationName("NormsPortal")
            .PersistKeysToDbContext<PortalDbContext>();

        return builder;
    }

    private static IPortalDatabaseProvider CreateProvider(string name) => name.Trim().ToUpperInvariant() switch
    {
        "SQLITE" => new SqliteDatabaseProvider(),
        "POSTGRES" or "POSTGRESQL" or "NPGSQL" => new PostgresDatabaseProvider(),
        _ => throw new InvalidOperationException(
            $"Database:Provider '{name}' is not known. Use '{SqliteDatabaseProvider.ProviderName}' or '{PostgresDatabaseProvider.ProviderName}'."),
    };

    private static string ConnectionStringFor(IPortalDatabaseProvider provider, IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(provider.Name);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return provider is SqliteDatabaseProvider ? SqlitePaths.RootedAt(configured, contentRoot) : configured;
        }

        if (provider is SqliteDatabaseProvider)
        {
            return SqlitePaths.RootedAt(DefaultSqliteConnectionString, contentRoot);
        }

        throw new InvalidOperationException(
            $"Database:Provider is '{provider.Name}' but ConnectionStrings:{provider.Name} is not set "
            + $"(environment variable ConnectionStrings__{provider.Name}).");
    }
}
