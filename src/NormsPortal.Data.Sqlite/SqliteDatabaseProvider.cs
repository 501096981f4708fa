using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Caching;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Providers;
using NormsPortal.Data.Reuse;
using NormsPortal.Data.Search.Store;
using NormsPortal.Data.Sqlite.CompiledModel;
using NormsPortal.Data.Sqlite.Reuse;
using NormsPortal.Data.Sqlite.Search;

namespace NormsPortal.Data.Sqlite;

/// <summary>The embedded default: one SQLite file, migrations from this assembly.</summary>
public sealed class SqliteDatabaseProvider : IPortalDatabaseProvider
{
    public const string ProviderName = "Sqlite";

    public string Name => ProviderName;

    public ISearchSqlDialect SearchDialect => SqliteSearchDialect.Instance;

    /// <summary>Unchanged: SQLite plans a statement when it compiles it, with no statistics of the words' frequency to go wrong on.</summary>
    public string ForPreparedStatements(string connectionString) => connectionString;

    /// <summary>None: a SQLite file has one instance of the portal, which evicts its own cache in process.</summary>
    public ICacheTagChannel? CacheTagChannel => null;

    public void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSqlite(connectionString, sqlite =>
            sqlite.MigrationsAssembly(typeof(SqliteDatabaseProvider).Assembly.GetName().Name));
        // Building the model from the configurations was a quarter of the start to the first page's database work;
        // the compiled model is generated from them (README, "Adding a migration"; CompiledModelTests).
        options.UseModel(PortalDbContextModel.Instance);
        options.AddInterceptors(SqliteWriteAheadLog.Instance);
        ProviderWriters.Use<IReuseShingleWriter>(options, SqliteReuseIndex.Instance);
        ProviderWriters.Use<IBatchIndexMerging>(options, SqliteBatchIndexMerging.Instance);
    }

    /// <summary>SQLite creates the file itself, but not its folder.</summary>
    public Task PrepareStorageAsync(string connectionString, CancellationToken cancellationToken)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return Task.CompletedTask;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// EF Core's own SQLite lock (the <c>__EFMigrationsLock</c> table) already spans the whole run,
    /// and a SQLite file has one writer at a time; nothing more is needed.
    /// </summary>
    public Task<IAsyncDisposable> AcquireMigrationLockAsync(string connectionString, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
