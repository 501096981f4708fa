using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Data.Postgres;
using NormsPortal.Data.Providers;
using NormsPortal.Data.Reuse;
using NormsPortal.Data.Search.Store;
using NormsPortal.Data.Sqlite;
using NormsPortal.Data.Sqlite.Reuse;
using Npgsql;

namespace NormsPortal.Benchmarks;

/// <summary>
/// An empty database that exists for one benchmark run: a SQLite file in the temp folder, or a
/// PostgreSQL database created on the given server. Removed when disposed, unless it was opened as kept. It is also the context
/// factory handed to the importer, configured exactly as the portal configures its own.
/// </summary>
internal sealed class BenchmarkDatabase : IDbContextFactory<PortalDbContext>, IAsyncDisposable
{
    /// <summary>The providers as the report names them.</summary>
    public const string SqliteLabel = "SQLite";
    public const string PostgresLabel = "PostgreSQL";

    private readonly IPortalDatabaseProvider _provider;
    private readonly string _connectionString;
    private readonly Func<Task> _remove;
    private readonly bool _rollbackJournal;

    private BenchmarkDatabase(IPortalDatabaseProvider provider, string connectionString, Func<Task> remove, bool rollbackJournal = false)
    {
        _rollbackJournal = rollbackJournal;
        _provider = provider;
        _connectionString = connectionString;
        _remove = remove;
    }

    /// <summary>
    /// A new SQLite file with the portal's settings (pooled connections, write-ahead log with <c>synchronous=NORMAL</c>),
    /// or, with <paramref name="rollbackJournal"/>, with SQLite's defaults the portal used before (rollback journal,
    /// <c>synchronous=FULL</c>), to measure the two side by side.
    /// </summary>
    public static BenchmarkDatabase CreateSqlite(bool rollbackJournal = false)
    {
        var file = Path.Combine(Path.GetTempPath(), $"normsportal-bench-{Guid.NewGuid():N}.sqlite");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
        return new BenchmarkDatabase(new SqliteDatabaseProvider(), connectionString, () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-journal", file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            return Task.CompletedTask;
        }, rollbackJournal);
    }

    /// <summary>
    /// The SQLite file <paramref name="name"/> in the temp folder, created when missing and kept when disposed, so that a
    /// later run can use what this one imported.
    /// </summary>
    public static BenchmarkDatabase KeptSqlite(string name)
    {
        var file = Path.Combine(Path.GetTempPath(), $"{name}.sqlite");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
        return new BenchmarkDatabase(new SqliteDatabaseProvider(), connectionString, () =>
        {
            SqliteConnection.ClearAllPools();
            return Task.CompletedTask;
        });
    }

    /// <summary>The database <paramref name="name"/> on the server, created when missing and kept when disposed.</summary>
    public static async Task<BenchmarkDatabase> KeptPostgresAsync(string serverConnectionString, string name, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(builder.ToString()))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await ExecuteOnServerAsync(serverConnectionString, $"CREATE DATABASE \"{name}\"", cancellationToken);
            }
        }

        var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ToString();
        return new BenchmarkDatabase(new PostgresDatabaseProvider(), connectionString, () =>
        {
            NpgsqlConnection.ClearAllPools();
            return Task.CompletedTask;
        });
    }

    /// <summary>A new, empty database on the server <paramref name="serverConnectionString"/> points at.</summary>
    public static async Task<BenchmarkDatabase> CreatePostgresAsync(string serverConnectionString, CancellationToken cancellationToken)
    {
        var name = $"normsportal_bench_{Guid.NewGuid():N}"[..32];
        await ExecuteOnServerAsync(serverConnectionString, $"CREATE DATABASE \"{name}\"", cancellationToken);
        var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ToString();
        return new BenchmarkDatabase(new PostgresDatabaseProvider(), connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync(serverConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
        });
    }

    /// <summary>The provider the portal would use for this database.</summary>
    public IPortalDatabaseProvider Provider => _provider;

    /// <summary>
    /// The environment variables that point a portal process at this database
    /// (<c>Database__Provider</c> and its connection string).
    /// </summary>
    public IReadOnlyDictionary<string, string> PortalEnvironment() => new Dictionary<string, string>
    {
        ["Database__Provider"] = _provider.Name,
        [$"ConnectionStrings__{_provider.Name}"] = _connectionString,
    };

    /// <summary>Connections of its own that keep the search statements prepared, as the portal's search engine runs them.</summary>
    public PreparedStatementPool CreatePreparedStatementPool() => _provider.Name == SqliteDatabaseProvider.ProviderName
        ? new PreparedStatementPool(_provider, SqliteFactory.Instance, _connectionString)
        : new PreparedStatementPool(_provider, NpgsqlFactory.Instance, _connectionString);

    public PortalDbContext CreateDbContext() => CreateDbContext(reuseIndex: true);

    /// <summary>
    /// Contexts on this database that write no reuse index rows: the import without the index, to time the
    /// index's cost against. The portal has no such setting; only this benchmark needs it.
    /// </summary>
    public IDbContextFactory<PortalDbContext> WithoutReuseIndex() => new NoReuseIndexContexts(this);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = CreateDbContext();
        await db.Database.MigrateAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync() => await _remove();

    private PortalDbContext CreateDbContext(bool reuseIndex)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        if (_rollbackJournal)
        {
            // The provider's configuration but its write-ahead log: switching the file's journal back and forth on
            // every open fails while a pooled connection holds it, so the log is never set on this file.
            options.UseSqlite(_connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabaseProvider).Assembly.GetName().Name));
            ProviderWriters.Use<IReuseShingleWriter>(options, SqliteReuseIndex.Instance);
        }
        else
        {
            _provider.Configure(options, _connectionString);
        }

        if (!reuseIndex)
        {
            ProviderWriters.Use<IReuseShingleWriter>(options, NoReuseShingles.Instance);
        }

        return new PortalDbContext(options.Options);
    }

    private static async Task ExecuteOnServerAsync(string serverConnectionString, string sql, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class NoReuseIndexContexts(BenchmarkDatabase database) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => database.CreateDbContext(reuseIndex: false);
    }

    private sealed class NoReuseShingles : IReuseShingleWriter
    {
        public static readonly NoReuseShingles Instance = new();

        public Task WriteAsync(PortalDbContext db, IReadOnlyList<ReuseShingle> rows, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
