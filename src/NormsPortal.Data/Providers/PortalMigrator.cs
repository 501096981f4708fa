using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NormsPortal.Data.Providers;

/// <summary>Applies pending migrations under the provider's migration lock.</summary>
public static class PortalMigrator
{
    /// <summary>
    /// EF Core locks each migration's transaction, but on PostgreSQL that lock ends with each
    /// migration, so a second instance could apply a later migration again; the provider's lock
    /// covers the whole run instead.
    /// </summary>
    /// <returns>The migrations this call applied (none when another instance was first).</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(IPortalDatabaseProvider provider, PortalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(db);
        var connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The context has no connection string to migrate.");
        await provider.PrepareStorageAsync(connectionString, cancellationToken);
        await using var migrationLock = await provider.AcquireMigrationLockAsync(connectionString, cancellationToken);
        // EF's migrator reads the history table before it creates it, and on a new database that
        // failed read is logged at error level on every first start (npgsql/efcore.pg#3407):
        // creating the table first keeps a first start's log clean.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        return pending;
    }
}
