using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Sqlite.Reuse;
using NormsPortal.Data.Sqlite.Search;
using NormsPortal.DatabaseTests.AgreedLanguage;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Search;

namespace NormsPortal.DatabaseTests.Import;

/// <summary>
/// A batch import merges the full-text indexes' segments once after it rather than after every document (SQLite's
/// <see cref="SqliteBatchIndexMerging"/>): readers find every stored document all the while, and the indexes are in
/// step, and merging as usual, once the batch is over, however it ended.
/// </summary>
public sealed class BatchImportIndexTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task ImportMany_EveryStoredDocumentIsFound_DuringTheBatchAndAfterIt(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        var searches = new SearchAfterEachDocument(database);

        var summary = await importer.ImportManyAsync(Enumerable.Range(1, Documents).Select(Document), searches, Cancel);

        Assert.Equal(Documents, summary.Imported);
        foreach (var (symbol, found) in await Task.WhenAll(searches.Started))
        {
            Assert.Contains(symbol, found);
        }

        for (var n = 1; n <= Documents; n++)
        {
            Assert.Equal([Symbol(n)], (await SearchHits.AllAsync(database, Word(n))).Select(h => h.Symbol));
        }

        await SearchIndexAssert.InStepAsync(database);
        await ReuseIndexAssert.FollowsDataAsync(database);
        await AssertMergingAsUsualAsync(database);
    }

    [Theory, DatabaseData]
    public async Task ImportMany_Cancelled_LeavesTheIndexesInStepAndMergingAsUsual(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            importer.ImportManyAsync(Enumerable.Range(1, Documents).Select(Document), new CancelAfter(3, cancel), cancel.Token));

        Assert.Equal([Symbol(3)], (await SearchHits.AllAsync(database, Word(3))).Select(h => h.Symbol));
        await SearchIndexAssert.InStepAsync(database);
        await ReuseIndexAssert.FollowsDataAsync(database);
        await AssertMergingAsUsualAsync(database);
    }

    /// <summary>More documents than a level of FTS5's default merging holds (four), so the batch leaves levels to merge.</summary>
    private const int Documents = 12;

    private static string Symbol(int n) => $"A/RES/75/{n}";

    // Words the analyser keeps whole, one of a kind per document.
    private static string Word(int n) => "quill" + new string((char)('a' + n), 3);

    private static Data.Import.Parsed.ParsedDocument Document(int n) => SampleDocuments.WithParagraphs(
        Symbol(n), "en", $"Resolution {n}",
        $"Welcomes the {Word(n)} initiative of the Member States and requests the Secretary-General to report on it.",
        "Decides to remain seized of the matter.");

    /// <summary>On SQLite, FTS5's own merge settings are back on both tables (no row in their settings means FTS5's default).</summary>
    private static async Task AssertMergingAsUsualAsync(TestDatabase database)
    {
        if (database.Kind != DatabaseKind.Sqlite)
        {
            return;
        }

        await using var db = database.CreateContext();
        foreach (var table in new[] { SqliteSearchIndex.FtsTable, SqliteReuseIndex.FtsTable })
        {
            var query = "SELECT k || '=' || v AS \"Value\" FROM \"" + table + "_config\" WHERE k IN ('automerge', 'crisismerge') ORDER BY k";
            var settings = await db.Database.SqlQueryRaw<string>(query).ToListAsync(Cancel);
            Assert.True(settings.Count == 0 || settings.SequenceEqual(["automerge=4", "crisismerge=16"]), $"{table}: {string.Join(", ", settings)}");
        }
    }

    /// <summary>Searches for each document as soon as it is stored, on another thread, while the batch goes on.</summary>
    private sealed class SearchAfterEachDocument(TestDatabase database) : IProgress<ImportProgress>
    {
        public List<Task<(string Symbol, List<string> Found)>> Started { get; } = [];

        public void Report(ImportProgress value)
        {
            var n = value.Processed;
            Started.Add(Task.Run(async () => (Symbol(n), (await SearchHits.AllAsync(database, Word(n))).Select(h => h.Symbol).ToList())));
        }
    }

    /// <summary>Cancels the batch once it reports that many documents done.</summary>
    private sealed class CancelAfter(int processed, CancellationTokenSource cancel) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Processed == processed)
            {
                cancel.Cancel();
            }
        }
    }
}
