using Microsoft.EntityFrameworkCore;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Search;

namespace NormsPortal.DatabaseTests.Schema;

/// <summary>
/// The <c>ProvisionParentCascade</c> migration changes the parent key of <c>Provisions</c>, which
/// SQLite does by rebuilding that table: a database holding nested texts keeps every provision with
/// its parent, its footnote marks and its search entries, and the full-text index (whose triggers
/// are on <c>SearchEntries</c>, not rebuilt) stays in step.
/// </summary>
public sealed class ProvisionParentCascadeMigrationTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Up_OnADatabaseHoldingNestedTexts_KeepsEveryRow_AndTheIndexInStep(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        // Imported at the current schema (today's importer writes tables that later migrations add), then
        // taken back down to just before the migration under test, whose Up then runs on the nested text.
        await SampleImports.ImportAsync(database, SampleDocuments.Resolution());
        await database.MigrateToJustBeforeAsync("ProvisionParentCascade", Cancel);
        var provisionsBefore = await ProvisionsAsync(database);
        var marksBefore = await FootnoteMarksAsync(database);
        var entriesBefore = await SearchEntriesAsync(database);
        Assert.Contains(provisionsBefore, p => p.ParentId is not null);

        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync(Cancel);
        }

        Assert.Equal(provisionsBefore, await ProvisionsAsync(database));
        Assert.Equal(marksBefore, await FootnoteMarksAsync(database));
        Assert.Equal(entriesBefore, await SearchEntriesAsync(database));
        await SearchIndexAssert.InStepAsync(database);
    }

    private static async Task<List<StoredProvision>> ProvisionsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Provisions.OrderBy(p => p.Id).Select(p => new StoredProvision(p.Id, p.ParentId, p.Anchor)).ToListAsync(Cancel);
    }

    private static async Task<List<int>> FootnoteMarksAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.FootnoteMarks.OrderBy(m => m.Id).Select(m => m.ProvisionId).ToListAsync(Cancel);
    }

    private static async Task<List<long>> SearchEntriesAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.SearchEntries.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(Cancel);
    }

    private sealed record StoredProvision(int Id, int? ParentId, string Anchor);
}
