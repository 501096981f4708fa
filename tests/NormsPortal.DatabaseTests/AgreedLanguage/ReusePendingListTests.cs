using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NormsPortal.Data;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Reuse;
using NormsPortal.Data.Search.Index;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.AgreedLanguage;

/// <summary>
/// The reuse index's pending list (<see cref="ReusePendingList"/>): an import's rows are found before any merge,
/// once after it, and whichever table holds them they go with their paragraph; a merge that fails leaves every
/// row where it was, and a bulk import leaves the index merged.
/// </summary>
public sealed class ReusePendingListTests
{
    private const string Quokkas = "Welcomes the survey of quokkas in the south-west of Western Australia;";
    private const string Wombats = "Welcomes the survey of wombats in the highlands of Tasmania and Victoria;";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static List<long> QuokkaPassage => [.. ReuseShingles.OfStoredTerms(SearchIndexer.TermsOf(Quokkas, "en"), "en").Distinct()];

    [Theory, DatabaseData]
    public async Task ParagraphImportedAndNotYetMerged_IsFoundAtOnce(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/900", "en", Quokkas);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/901", "en", Quokkas);

        await using var db = database.CreateContext();
        Assert.Equal(0, await db.ReuseShingles.CountAsync(Cancel));
        var evidence = await ReuseFinder.GatherAsync(db, [QuokkaPassage], Cancel);

        Assert.Equal(2, evidence.ReusesOf(QuokkaPassage).Count());
    }

    [Theory, DatabaseData]
    public async Task ParagraphsMergedAndPending_AreEachFoundOnce(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/900", "en", Quokkas);
        Assert.NotEqual(0, await ReusePendingList.MergeAsync(new TestContextFactory(database), Cancel));
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/901", "en", Quokkas);

        await AssertFoundOnceEachAsync(database);
        await ReusePendingList.MergeAsync(new TestContextFactory(database), Cancel);
        await AssertFoundOnceEachAsync(database);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.ReusePendingShingles.CountAsync(Cancel));
    }

    [Theory, DatabaseData]
    public async Task WorksDeleted_TakeTheirRowsFromBothTables(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/900", "en", Quokkas);
        await ReusePendingList.MergeAsync(new TestContextFactory(database), Cancel);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/901", "en", Quokkas);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/902", "en", Wombats);

        await using (var db = database.CreateContext())
        {
            db.Works.RemoveRange(await db.Works.Where(w => w.Symbol != "A/RES/75/902").ToListAsync(Cancel));
            await db.SaveChangesAsync(Cancel);
        }

        await using var check = database.CreateContext();
        Assert.Equal(0, await check.ReuseShingles.CountAsync(Cancel));
        Assert.Single((await ReuseIndexAssert.StoredAsync(check)).Select(s => s.EntryId).Distinct());
        await ReuseIndexAssert.FollowsDataAsync(database);
    }

    [Theory, DatabaseData]
    public async Task MergeFailingAfterItsCopy_LeavesEveryRowWhereItWas(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/900", "en", Quokkas);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/901", "en", Wombats);
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        database.Provider.Configure(options, database.ConnectionString);
        options.AddInterceptors(new FailingPendingListDelete());

        await using (var failing = new PortalDbContext(options.Options))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => ReusePendingList.MergeAsync(failing, Cancel));
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(0, await db.ReuseShingles.CountAsync(Cancel));
        }

        var rows = await ReuseIndexAssert.FollowsDataAsync(database);
        Assert.Equal(rows, await ReusePendingList.MergeAsync(new TestContextFactory(database), Cancel));
        Assert.Equal(rows, await ReuseIndexAssert.FollowsDataAsync(database));
    }

    [Theory, DatabaseData]
    public async Task BulkImport_LeavesTheIndexMerged(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database)) { ReuseMergeRows = 10 };

        await importer.ImportManyAsync(
            [SampleDocuments.WithParagraphs("A/RES/75/900", "en", "Marsupials", Quokkas), SampleDocuments.WithParagraphs("A/RES/75/901", "en", "Marsupials", Wombats)],
            cancellationToken: Cancel);

        await using var db = database.CreateContext();
        Assert.Equal(0, await db.ReusePendingShingles.CountAsync(Cancel));
        Assert.NotEqual(0, await ReuseIndexAssert.FollowsDataAsync(database));
    }

    /// <summary>Both quokka paragraphs are candidates and every five-gram is counted once per paragraph.</summary>
    private static async Task AssertFoundOnceEachAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var frequency = await ReuseFinder.DocumentFrequencyAsync(db, QuokkaPassage, Cancel);
        Assert.All(QuokkaPassage, hash => Assert.Equal(2, frequency[hash]));
        var evidence = await ReuseFinder.GatherAsync(db, [QuokkaPassage], frequency, Cancel);
        Assert.Equal(2, evidence.ReusesOf(QuokkaPassage).Count());
        await ReuseIndexAssert.FollowsDataAsync(database);
    }

    /// <summary>Fails the merge's delete of the pending rows, after their copy into the index.</summary>
    private sealed class FailingPendingListDelete : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            command.CommandText.StartsWith("DELETE", StringComparison.Ordinal) && command.CommandText.Contains("ReusePendingShingles", StringComparison.Ordinal)
                ? throw new InvalidOperationException("The merge was interrupted.")
                : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
