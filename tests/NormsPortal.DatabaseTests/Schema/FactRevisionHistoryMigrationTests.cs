using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Schema;

/// <summary>
/// The <c>FactRevisionHistory</c> migration keeps a database's fact histories whole: a stored row's
/// value becomes its old side, and its new side is the value that replaced it (the next row's, or
/// the fact's current value for the last one), with who replaced it and when unchanged.
/// </summary>
public sealed class FactRevisionHistoryMigrationTests
{
    private static readonly DateTime s_first = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    private static readonly DateTime s_second = new(2026, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Up_FillsEachStoredRevisionsNewSideFromTheNextOrFromTheFact(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        int factId;
        await using (var db = database.CreateContext())
        {
            var work = new Work { Symbol = "A/RES/75/900", Kind = WorkKind.GaResolution };
            work.Facts.Add(new Fact { Key = FactKeys.Title, Value = "Third", Source = "seed documents.json", Verified = true, Origin = FactOrigin.Seed });
            db.Works.Add(work);
            await db.SaveChangesAsync(Cancel);
            factId = work.Facts[0].Id;
        }

        await database.MigrateToJustBeforeAsync("FactRevisionHistory", Cancel);
        await using (var db = database.CreateContext())
        {
            // The old schema: one side per row, in the order the values were replaced.
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "FactRevisions" ("FactId", "Value", "Source", "Verified", "Origin", "ReplacedAt", "ReplacedBy")
                VALUES ({factId}, 'First', 'A_RES_75_900.xml (en)', {false}, 'Import', {s_first}, 'import'),
                       ({factId}, 'Second', NULL, {false}, 'Seed', {s_second}, NULL)
                """,
                Cancel);
            await db.Database.MigrateAsync(Cancel);
        }

        await using var read = database.CreateContext();
        var revisions = await read.FactRevisions.OrderBy(r => r.Id).ToListAsync(Cancel);
        Assert.Equal(
            [
                ("First", "A_RES_75_900.xml (en)", false, FactOrigin.Import, "Second", (string?)null, false, FactOrigin.Seed, s_first, "import"),
                ("Second", null, false, FactOrigin.Seed, "Third", "seed documents.json", true, FactOrigin.Seed, s_second, "unknown"),
            ],
            revisions.Select(r => (r.OldValue, r.OldSource, r.OldVerified, r.OldOrigin, r.NewValue, r.NewSource, r.NewVerified, r.NewOrigin, r.RevisedAt, r.RevisedBy)));
    }
}
