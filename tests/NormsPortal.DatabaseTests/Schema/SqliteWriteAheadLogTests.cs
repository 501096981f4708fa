using Microsoft.EntityFrameworkCore;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Schema;

/// <summary>
/// The portal's SQLite connections write through a write-ahead log with <c>synchronous=NORMAL</c>: a commit
/// appends to the log and is synced at checkpoints, not twice per commit as with the rollback journal.
/// </summary>
public sealed class SqliteWriteAheadLogTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SqliteConnection_OfThePortal_UsesTheWriteAheadLogWithNormalSync()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(Cancel);

        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
        // 1 is NORMAL (FULL, SQLite's default, is 2).
        Assert.Equal(1L, await PragmaAsync(db, "synchronous"));
    }

    private static async Task<object?> PragmaAsync(Data.PortalDbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        return await command.ExecuteScalarAsync(Cancel);
    }
}
