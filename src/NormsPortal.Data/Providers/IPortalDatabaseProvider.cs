using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Caching;
using NormsPortal.Data.Search.Store;

namespace NormsPortal.Data.Providers;

/// <summary>
/// What a database provider project (SQLite, PostgreSQL) contributes: how to configure EF Core
/// for it, with its own migrations assembly and provider-specific model parts. The host picks one
/// by configuration (<c>Database:Provider</c>); nothing else in the portal branches on the provider.
/// </summary>
public interface IPortalDatabaseProvider
{
    /// <summary>The name used in configuration: <c>Sqlite</c> or <c>Postgres</c>.</summary>
    string Name { get; }

    /// <summary>Points <paramref name="options"/> at the database named by <paramref name="connectionString"/>.</summary>
    void Configure(DbContextOptionsBuilder options, string connectionString);

    /// <summary>
    /// Prepares what the database needs before migrations can run: the folder of a SQLite file, the
    /// PostgreSQL database itself. Throws <see cref="DatabaseSetupException"/> when that is not allowed.
    /// </summary>
    Task PrepareStorageAsync(string connectionString, CancellationToken cancellationToken);

    /// <summary>
    /// Holds a database-wide lock for a whole migration run, released when disposed, so that of several
    /// instances starting at once one migrates and the others find nothing left to do.
    /// </summary>
    Task<IAsyncDisposable> AcquireMigrationLockAsync(string connectionString, CancellationToken cancellationToken);

    /// <summary>The provider's part of the search statements: its full-text match, ranking and date functions.</summary>
    ISearchSqlDialect SearchDialect { get; }

    /// <summary>
    /// <paramref name="connectionString"/> with what connections that keep statements prepared need
    /// (<see cref="PreparedStatementPool"/>): the same where the database plans each run anyway.
    /// </summary>
    string ForPreparedStatements(string connectionString);

    /// <summary>
    /// How the instances on one database tell each other which cached answers a write changed; none where the
    /// database has one instance (SQLite), which evicts its own cache in process.
    /// </summary>
    ICacheTagChannel? CacheTagChannel { get; }
}
