using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NormsPortal.Data;
using NormsPortal.Data.Postgres;
using NormsPortal.Data.Providers;
using NormsPortal.Data.Sqlite;
using Npgsql;
using Xunit;

namespace NormsPortal.DatabaseTests.Infrastructure;

/// <summary>
/// A database of its own for one test, copied from a template migrated once per test run: a file
/// copy on SQLite, <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL. Dropped when disposed.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim s_postgresCreateLock = new(1, 1);
    private static readonly Lazy<Task<string>> s_sqliteTemplate = new(CreateSqliteTemplateAsync);
    private static readonly Lazy<Task<string>> s_postgresTemplate = new(CreatePostgresTemplateAsync);
    private static readonly string s_runId = Guid.NewGuid().ToString("N")[..8];
    private static int s_counter;

    private readonly string? _postgresDatabaseName;

    private TestDatabase(DatabaseKind kind, IPortalDatabaseProvider provider, string connectionString, string? postgresDatabaseName)
    {
        Kind = kind;
        Provider = provider;
        ConnectionString = connectionString;
        _postgresDatabaseName = postgresDatabaseName;
    }

    public DatabaseKind Kind { get; }

    public IPortalDatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A migrated database with the current schema and no data.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind) => kind switch
    {
        DatabaseKind.Sqlite => await CreateSqliteAsync(),
        DatabaseKind.Postgres => await CreatePostgresAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>An empty database without any schema, for tests of the migrations themselves.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            var file = NewSqliteFile();
            return new TestDatabase(kind, new SqliteDatabaseProvider(), SqliteConnectionString(file), null);
        }

        var name = NewPostgresName();
        await ExecutePostgresAdminAsync($"CREATE DATABASE \"{name}\"");
        return new TestDatabase(kind, new PostgresDatabaseProvider(), PostgresConnectionString(name), name);
    }

    /// <summary>
    /// A PostgreSQL database that does not exist yet, for tests of its creation, reached as
    /// <paramref name="username"/> (the server's user when null). Dropped when disposed, if it was created.
    /// </summary>
    public static TestDatabase NotYetCreatedOnPostgres(string? username = null)
    {
        var name = NewPostgresName();
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString(name));
        if (username is not null)
        {
            builder.Username = username;
            builder.Password = null;
        }

        return new TestDatabase(DatabaseKind.Postgres, new PostgresDatabaseProvider(), builder.ToString(), name);
    }

    /// <summary>Migrates down to the migration just before the one named <paramref name="migration"/>, for tests of that migration.</summary>
    public async Task MigrateToJustBeforeAsync(string migration, CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        var migrations = db.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith("_" + migration, StringComparison.Ordinal));
        Assert.True(index > 0, $"No migration before {migration}.");
        await db.GetService<IMigrator>().MigrateAsync(migrations[index - 1], cancellationToken);
    }

    public PortalDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        Provider.Configure(options, ConnectionString);
        return new PortalDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresDatabaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecutePostgresAdminAsync($"DROP DATABASE IF EXISTS \"{_postgresDatabaseName}\" WITH (FORCE)");
        }
        else
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    private static async Task<TestDatabase> CreateSqliteAsync()
    {
        var template = await s_sqliteTemplate.Value;
        var file = NewSqliteFile();
        File.Copy(template, file);
        return new TestDatabase(DatabaseKind.Sqlite, new SqliteDatabaseProvider(), SqliteConnectionString(file), null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var template = await s_postgresTemplate.Value;
        var name = NewPostgresName();
        // Copies from one template are serialised: PostgreSQL refuses a copy while the template is in use.
        await s_postgresCreateLock.WaitAsync();
        try
        {
            await ExecutePostgresAdminAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        }
        finally
        {
            s_postgresCreateLock.Release();
        }

        return new TestDatabase(DatabaseKind.Postgres, new PostgresDatabaseProvider(), PostgresConnectionString(name), name);
    }

    private static async Task<string> CreateSqliteTemplateAsync()
    {
        var file = NewSqliteFile();
        var template = new TestDatabase(DatabaseKind.Sqlite, new SqliteDatabaseProvider(), SqliteConnectionString(file), null);
        await using (var db = template.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        SqliteConnection.ClearAllPools();
        return file;
    }

    private static async Task<string> CreatePostgresTemplateAsync()
    {
        var name = $"np_template_{s_runId}";
        await ExecutePostgresAdminAsync($"CREATE DATABASE \"{name}\"");
        var template = new TestDatabase(DatabaseKind.Postgres, new PostgresDatabaseProvider(), PostgresConnectionString(name), name);
        await using (var db = template.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        // No pooled connection may stay open on a template that is copied.
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropQuietly(name);
        return name;
    }

    private static void DropQuietly(string name)
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            ExecutePostgresAdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
        }
        catch (NpgsqlException)
        {
            // The server may already be gone at process exit; ./test.sh removes it whole anyway.
        }
    }

    private static string NewSqliteFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "normsportal-tests", s_runId);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"db{Interlocked.Increment(ref s_counter)}.sqlite");
    }

    private static string NewPostgresName() => $"np_test_{s_runId}_{Interlocked.Increment(ref s_counter)}";

    // Pooled, as the portal's connections are: an unpooled SQLite connection in write-ahead-log mode
    // checkpoints and syncs the file every time it closes. Disposal clears the pools before deleting the file.
    private static string SqliteConnectionString(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();

    private static string ServerConnectionString => TestEnvironment.PostgresConnectionString
        ?? throw new InvalidOperationException(
            $"PostgreSQL tests need a server: set {TestEnvironment.PostgresVariable} to an Npgsql connection string, or run ./test.sh, which starts one.");

    private static string PostgresConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ToString();

    /// <summary>Runs <paramref name="sql"/> on the server's maintenance database, as the server's user.</summary>
    public static async Task ExecutePostgresAdminAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
