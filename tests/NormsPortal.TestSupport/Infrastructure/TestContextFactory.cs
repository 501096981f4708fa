using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;

namespace NormsPortal.DatabaseTests.Infrastructure;

/// <summary>
/// Hands code that takes a context factory (importer, loader) contexts on a test's own database. With <paramref name="pooledConnections"/>
/// SQLite connections are pooled as they are in the portal (test databases turn pooling off so
/// that their files can be deleted at once; <see cref="TestDatabase"/> clears the pools first).
/// </summary>
public sealed class TestContextFactory(TestDatabase database, bool pooledConnections = false) : IDbContextFactory<PortalDbContext>
{
    private readonly string _connectionString = pooledConnections && database.Kind == DatabaseKind.Sqlite
        ? new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = true }.ToString()
        : database.ConnectionString;

    public PortalDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        database.Provider.Configure(options, _connectionString);
        return new PortalDbContext(options.Options);
    }
}
