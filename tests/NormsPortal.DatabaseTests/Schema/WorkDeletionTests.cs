using Microsoft.EntityFrameworkCore;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Schema;

/// <summary>
/// Deleting a work takes everything that belongs to it, by the database's cascades: its texts with
/// their nested provisions (a child points at its parent), footnote marks and search entries.
/// </summary>
public sealed class WorkDeletionTests
{
    private const string OtherSymbol = "A/RES/75/900";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task DeleteWork_WithNestedProvisions_RemovesItsTextsAndIndex_AndKeepsOtherWorks(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        // The sample resolution's operative paragraphs hold items, which hold sub-items.
        await SampleImports.ImportAsync(database, SampleDocuments.Resolution());
        await SampleImports.ImportParagraphsAsync(database, OtherSymbol, "en", "Welcomes the survey of quokkas;", "Notes the census;");
        var otherBefore = await RowsOfAsync(database, OtherSymbol);
        Assert.True((await RowsOfAsync(database, SampleDocuments.Symbol)).NestedProvisions > 0, "The sample must hold nested provisions.");

        await using (var db = database.CreateContext())
        {
            // Only the work is loaded: the database, not EF's change tracker, deletes what depends on it.
            var work = await db.Works.SingleAsync(w => w.Symbol == SampleDocuments.Symbol, Cancel);
            db.Works.Remove(work);
            await db.SaveChangesAsync(Cancel);
        }

        Assert.Equal(new WorkRows(0, 0, 0, 0, 0), await RowsOfAsync(database, SampleDocuments.Symbol));
        Assert.Equal(otherBefore, await RowsOfAsync(database, OtherSymbol));
        await using var check = database.CreateContext();
        // Nothing is left over that belonged to no work.
        Assert.Equal(otherBefore.Provisions, await check.Provisions.CountAsync(Cancel));
        Assert.Equal(otherBefore.FootnoteMarks, await check.FootnoteMarks.CountAsync(Cancel));
        Assert.Equal(otherBefore.SearchEntries, await check.SearchEntries.CountAsync(Cancel));
    }

    private static async Task<WorkRows> RowsOfAsync(TestDatabase database, string symbol)
    {
        await using var db = database.CreateContext();
        var provisions = db.Provisions.Where(p => p.Expression.Work.Symbol == symbol);
        var provisionIds = provisions.Select(p => p.Id);
        return new WorkRows(
            await db.Expressions.CountAsync(e => e.Work.Symbol == symbol, Cancel),
            await provisions.CountAsync(Cancel),
            await provisions.CountAsync(p => p.ParentId != null, Cancel),
            await db.FootnoteMarks.CountAsync(m => provisionIds.Contains(m.ProvisionId), Cancel),
            await db.SearchEntries.CountAsync(e => db.Works.Any(w => w.Id == e.WorkId && w.Symbol == symbol), Cancel));
    }

    private sealed record WorkRows(int Expressions, int Provisions, int NestedProvisions, int FootnoteMarks, int SearchEntries);
}
