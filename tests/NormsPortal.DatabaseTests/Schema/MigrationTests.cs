using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Providers;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Schema;

public sealed class MigrationTests
{
    [Theory, DatabaseData]
    public async Task Model_HasNoChangesWithoutAMigration(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.CreateContext();

        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The model has changes that no {kind} migration captures: add a migration in both provider projects (see README).");
    }

    [Theory, DatabaseData]
    public async Task Migrate_FromEmptyDatabase_AppliesEveryMigration(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(kind);
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Theory, DatabaseData]
    public async Task Migrate_SeveralInstancesAtOnce_AppliesEachMigrationOnce(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(kind);

        // Three "instances" start together against the same empty database.
        var instances = Enumerable.Range(0, 3).Select(async _ =>
        {
            await using var db = database.CreateContext();
            return await PortalMigrator.MigrateAsync(database.Provider, db, TestContext.Current.CancellationToken);
        });
        var appliedByInstance = await Task.WhenAll(instances);

        await using var check = database.CreateContext();
        var applied = (await check.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).ToList();
        Assert.Equal(check.Database.GetMigrations(), applied);
        Assert.Equal(applied.Count, applied.Distinct().Count());
        Assert.Equal(applied, appliedByInstance.SelectMany(a => a).Order(StringComparer.Ordinal));
    }
}
