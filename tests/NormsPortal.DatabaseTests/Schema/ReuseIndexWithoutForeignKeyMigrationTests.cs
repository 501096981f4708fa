using Microsoft.EntityFrameworkCore;
using NormsPortal.DatabaseTests.AgreedLanguage;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Schema;

/// <summary>
/// The <c>ReuseIndexWithoutForeignKey</c> migration converts a database that holds texts: the reuse index
/// keeps every row, and without the foreign key's cascade a deleted work still takes its rows with it
/// (the provider's delete trigger), while new imports keep indexing. On SQLite the table is rebuilt
/// WITHOUT ROWID, and the migrations after it move its rows into the FTS5 table (<c>ReuseIndexInFts5</c>).
/// </summary>
public sealed class ReuseIndexWithoutForeignKeyMigrationTests
{
    private const string Quokkas = "Welcomes the survey of quokkas in the south-west of Western Australia;";
    private const string Wombats = "Welcomes the survey of wombats in the highlands of Tasmania and Victoria;";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Up_KeepsEveryRow_AndADeletedWorkStillTakesItsRowsWithIt(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.MigrateToJustBeforeAsync("ReuseIndexWithoutForeignKey", Cancel);
        // That schema's index is the table on both providers.
        await SampleImports.ImportParagraphsAsync(new ReuseShingleTableContexts(database), "A/RES/75/900", "en", Quokkas);
        await SampleImports.ImportParagraphsAsync(new ReuseShingleTableContexts(database), "A/RES/75/901", "en", Wombats);
        var rowsBefore = await ReuseIndexAssert.FollowsDataAsync(database);

        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync(Cancel);
        }

        Assert.Equal(rowsBefore, await ReuseIndexAssert.FollowsDataAsync(database));
        if (kind == DatabaseKind.Sqlite)
        {
            await using var db = database.CreateContext();
            Assert.Contains("WITHOUT ROWID", await db.Database.SqlQueryRaw<string>(
                """SELECT "sql" AS "Value" FROM "sqlite_master" WHERE "type" = 'table' AND "name" = 'ReuseShingles'""").SingleAsync(Cancel), StringComparison.Ordinal);
        }

        await using (var db = database.CreateContext())
        {
            db.Works.Remove(await db.Works.SingleAsync(w => w.Symbol == "A/RES/75/900", Cancel));
            await db.SaveChangesAsync(Cancel);
        }

        var rowsAfterDelete = await ReuseIndexAssert.FollowsDataAsync(database);
        Assert.InRange(rowsAfterDelete, 1, rowsBefore - 1);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/902", "en", Quokkas);
        Assert.Equal(rowsBefore, await ReuseIndexAssert.FollowsDataAsync(database));
    }
}
