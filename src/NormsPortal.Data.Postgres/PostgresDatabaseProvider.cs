using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Caching;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Postgres.Caching;
using NormsPortal.Data.Postgres.CompiledModel;
using NormsPortal.Data.Postgres.Import;
using NormsPortal.Data.Postgres.Search;
using NormsPortal.Data.Providers;
using NormsPortal.Data.Search.Store;
using Npgsql;

namespace NormsPortal.Data.Postgres;

/// <summary>The production database: PostgreSQL through Npgsql, migrations from this assembly.</summary>
public sealed class PostgresDatabaseProvider : IPortalDatabaseProvider
{
    public const string ProviderName = "Postgres";

    public string Name => ProviderName;

    public ISearchSqlDialect SearchDialect => PostgresSearchDialect.Instance;

    public ICacheTagChannel CacheTagChannel => PostgresCacheTagChannel.Instance;

    /// <summary>
    /// With custom plans only (<c>plan_cache_mode</c>): after five runs of a prepared statement PostgreSQL may
    /// otherwise keep a generic plan, whose estimates are blind to how common the searched words are (a search's
    /// plan differs between a rare and a common word, and a generic one was many times slower for common words).
    /// A prepared statement still saves the parsing and analysis of its text.
    /// </summary>
    public string ForPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = string.Join(' ', new[] { builder.Options, "-c plan_cache_mode=force_custom_plan" }.Where(o => !string.IsNullOrWhiteSpace(o)));
        return builder.ToString();
    }

    public void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(connectionString, npgsql =>
        {
            npgsql.MigrationsAssembly(typeof(PostgresDatabaseProvider).Assembly.GetName().Name);
            // A dropped connection (failover, restart) is retried instead of failing the page.
            npgsql.EnableRetryOnFailure(maxRetryCount: 3);
        });
        // Building the model from the configurations was a quarter of the start to the first page's database work;
        // the compiled model is generated from them (README, "Adding a migration"; CompiledModelTests).
        options.UseModel(PortalDbContextModel.Instance);
        // The reuse index's rows go through it too, in key order, to the ReuseShingles table.
        ProviderWriters.Use<IBulkRowCopier>(options, PostgresRowCopier.Instance);
    }

    public Task PrepareStorageAsync(string connectionString, CancellationToken cancellationToken) =>
        PostgresDatabaseCreator.EnsureExistsAsync(connectionString, cancellationToken);

    public async Task<IAsyncDisposable> AcquireMigrationLockAsync(string connectionString, CancellationToken cancellationToken) =>
        await AdvisoryMigrationLock.AcquireAsync(connectionString, cancellationToken);
}
