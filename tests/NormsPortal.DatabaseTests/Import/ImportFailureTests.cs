using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.AgreedLanguage;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Search;
using NormsPortal.TestSupport;

namespace NormsPortal.DatabaseTests.Import;

/// <summary>A document that cannot be stored leaves the database exactly as it was, and a batch goes on.</summary>
public sealed class ImportFailureTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Import_DuplicateAnchor_FailsWithAClearMessageAndWritesNothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        await importer.ImportAsync(SampleDocuments.Numbered(1), cancellationToken: Cancel);
        var before = await Stored.SnapshotAsync(database);

        var document = SampleDocuments.Resolution();
        document.Provisions.Add(new ParsedProvision { Kind = ProvisionKind.Operative, Number = "2", Anchor = "op2", Text = "A second paragraph 2, misnumbered in the source." });
        var result = await importer.ImportAsync(document, cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        var reason = Assert.Single(result.Messages);
        Assert.Equal(
            (ImportSeverity.Error, ImportCodes.DuplicateAnchor, "The anchor 'op2' is used by 2 provisions; an anchor must name one provision.", "A_RES_74_28.xml #op2"),
            (reason.Severity, reason.Code, reason.Text, reason.Location));
        Assert.Equal(before, await Stored.SnapshotAsync(database));
    }

    [Theory, DatabaseData]
    public async Task Import_ParserError_FailsWithTheParsersReasonAndWritesNothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        var empty = new ParsedDocument { Symbol = SampleDocuments.Symbol, Language = "ru", SourceName = "A_RES_74_28.xml", SourceFormat = "akn" };
        empty.Messages.Add(new ImportMessage(ImportSeverity.Warning, "odd-markup", "An unknown element was skipped."));
        empty.Messages.Add(new ImportMessage(ImportSeverity.Error, "empty-file", "The file is empty.", "ru/A_RES_74_28.xml"));

        var result = await importer.ImportAsync(empty, cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Equal("empty-file", Assert.Single(result.Messages).Code);
        Assert.Empty(await Stored.SnapshotAsync(database));
    }

    [Theory, DatabaseData]
    public async Task Import_FinderThrowsAfterTheOldTextWasDeleted_RollsBackToTheStoredVersion(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await new DocumentImporter(new TestContextFactory(database)).ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);
        var before = await Stored.SnapshotAsync(database);
        var failing = new FakeCrossReferenceFinder(_ => throw new InvalidOperationException("The finder broke."));
        var importer = new DocumentImporter(new TestContextFactory(database), failing);

        var changed = SampleDocuments.Resolution();
        changed.Title = "A new title";
        changed.Provisions.RemoveAt(0);
        changed.Votes.Clear();
        changed.Sponsors.Add("Canada");
        var result = await importer.ImportAsync(changed, cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        var reason = Assert.Single(result.Messages);
        Assert.Equal((ImportCodes.StoreFailed, "InvalidOperationException: The finder broke."), (reason.Code, reason.Text));
        Assert.Equal(1, failing.Calls);
        Assert.Equal(before, await Stored.SnapshotAsync(database));
    }

    [Theory, DatabaseData]
    public async Task Import_ConstraintViolationWhenSaving_RollsBackAndReportsTheDatabasesReason(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await new DocumentImporter(new TestContextFactory(database)).ImportAsync(SampleDocuments.Numbered(1), cancellationToken: Cancel);
        var before = await Stored.SnapshotAsync(database);
        // A mention without its words breaks the NOT NULL constraint, which only the database checks.
        var broken = FakeCrossReferenceFinder.Always(new FoundReference("pp1", 0, 5, null!, "A/RES/73/27"));
        var importer = new DocumentImporter(new TestContextFactory(database), broken);

        var result = await importer.ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        var reason = Assert.Single(result.Messages);
        Assert.Equal(ImportCodes.StoreFailed, reason.Code);
        Assert.Contains("MatchedText", reason.Text, StringComparison.Ordinal);
        Assert.Equal(before, await Stored.SnapshotAsync(database));
    }

    [Theory, DatabaseData]
    public async Task Import_FailingAfterItsBulkRows_LeavesNoProvisionSearchOrReuseRowBehind(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await new DocumentImporter(new TestContextFactory(database)).ImportAsync(SampleDocuments.Numbered(1), cancellationToken: Cancel);
        var before = await IndexedRowsAsync(database);
        // The cross-references are the last rows a document writes, after its provisions and their search and reuse rows.
        var broken = FakeCrossReferenceFinder.Always(new FoundReference("pp1", 0, 5, null!, "A/RES/73/27"));

        var failed = await new DocumentImporter(new TestContextFactory(database), broken).ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Failed, failed.Outcome);
        AssertSame(before, await IndexedRowsAsync(database));
        await SearchIndexAssert.InStepAsync(database);
        // The same document, stored, writes rows of every kind compared above: the failure removed them, not their absence.
        var stored = await new DocumentImporter(new TestContextFactory(database)).ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);
        Assert.Equal(ImportOutcome.Imported, stored.Outcome);
        var after = await IndexedRowsAsync(database);
        Assert.True(after.Snapshot.Count > before.Snapshot.Count && after.SearchRows.Count > before.SearchRows.Count && after.ReuseRows.Count > before.ReuseRows.Count);
    }

    [Theory, DatabaseData]
    public async Task Import_ReplacementFailingAfterItsBulkRows_KeepsTheStoredTextsSearchAndReuseRows(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await new DocumentImporter(new TestContextFactory(database)).ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);
        var before = await IndexedRowsAsync(database);
        var broken = FakeCrossReferenceFinder.Always(new FoundReference("pp1", 0, 5, null!, "A/RES/73/27"));
        var changed = SampleDocuments.Resolution();
        changed.Provisions.RemoveAt(0);

        var result = await new DocumentImporter(new TestContextFactory(database), broken).ImportAsync(changed, cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        AssertSame(before, await IndexedRowsAsync(database));
        await SearchIndexAssert.InStepAsync(database);
        Assert.Equal(before.ReuseRows.Count, await ReuseIndexAssert.FollowsDataAsync(database));
    }

    [Theory, DatabaseData]
    public async Task ImportMany_DocumentThatFailsMidway_IsReportedAndTheNextOneIsStored(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var finder = new FakeCrossReferenceFinder(document => document.Symbol == "A/RES/75/2"
            ? throw new InvalidOperationException("No references for you.")
            : []);
        var importer = new DocumentImporter(new TestContextFactory(database), finder);

        var summary = await importer.ImportManyAsync([SampleDocuments.Numbered(1), SampleDocuments.Numbered(2), SampleDocuments.Numbered(3)], cancellationToken: Cancel);

        Assert.Equal((3, 2, 1), (summary.Total, summary.Imported, summary.Failed));
        var failure = Assert.Single(summary.Failures);
        Assert.Equal(("A/RES/75/2", "A_RES_75_2.xml"), (failure.Symbol, failure.SourceName));
        var counts = DatabaseSnapshot.Counts(await Stored.SnapshotAsync(database));
        Assert.Equal((2, 6, 2), (counts["work"], counts["provision"], counts["expression"]));
        Assert.Equal("Paragraph 1 of A/RES/75/3.", (await Stored.LoadWorkAsync(database, "A/RES/75/3")).Expressions[0].Provisions.Single(p => p.Anchor == "op1").Text);
    }

    [Theory, DatabaseData]
    public async Task ImportMany_DocumentFailingInTheDatabaseMidBatch_LeavesNothingAndTheOthersAreStoredInOrder(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        // The third one's mention without words breaks NOT NULL after its provisions, search and reuse rows were written,
        // while the documents after it are being prepared on another thread.
        var finder = new FakeCrossReferenceFinder(document => document.Symbol == "A/RES/75/3" ? [new FoundReference("op1", 0, 5, null!, "A/RES/73/27")] : []);
        var importer = new DocumentImporter(new TestContextFactory(database), finder);
        // More provisions than one statement holds on SQLite: full chunks and a last, shorter one.
        var batch = Enumerable.Range(1, 6).Select(n => SampleDocuments.Numbered(n, provisions: 25)).ToList();

        var summary = await importer.ImportManyAsync(batch, cancellationToken: Cancel);

        Assert.Equal(
            batch.Select(d => (d.Symbol, d.Symbol == "A/RES/75/3" ? ImportOutcome.Failed : ImportOutcome.Imported)),
            summary.Results.Select(r => (r.Symbol, r.Outcome)));
        await using var db = database.CreateContext();
        var stored = await db.Works.AsNoTracking()
            .OrderBy(w => w.Id)
            .Select(w => new { w.Symbol, Texts = w.Expressions.SelectMany(e => e.Provisions).OrderBy(p => p.Ordinal).Select(p => p.Text).ToList() })
            .ToListAsync(Cancel);
        Assert.Equal(
            batch.Where(d => d.Symbol != "A/RES/75/3").Select(d => (d.Symbol, string.Join("|", d.Provisions.Select(p => p.Text)))),
            stored.Select(w => (w.Symbol, string.Join("|", w.Texts))));
        await SearchIndexAssert.InStepAsync(database);
        Assert.True(await ReuseIndexAssert.FollowsDataAsync(database) > 0);
    }

    /// <summary>What a document's bulk path writes: the stored rows, the search index's rows and the reuse index's pairs.</summary>
    private static async Task<IndexedRows> IndexedRowsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var searchRows = await db.SearchEntries.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => $"{e.Id} {e.WorkId} {e.ProvisionId} {e.Kind} {e.Anchor} {e.Ordinal} {e.Text} | {e.Terms}")
            .ToListAsync(Cancel);
        return new IndexedRows(await Stored.SnapshotAsync(database), searchRows, [.. (await ReuseIndexAssert.StoredAsync(database)).Order()]);
    }

    private static void AssertSame(IndexedRows expected, IndexedRows actual)
    {
        Assert.Equal(expected.Snapshot, actual.Snapshot);
        Assert.Equal(expected.SearchRows, actual.SearchRows);
        Assert.Equal(expected.ReuseRows, actual.ReuseRows);
    }

    private sealed record IndexedRows(IReadOnlyList<string> Snapshot, IReadOnlyList<string> SearchRows, IReadOnlyList<(long Hash, long EntryId)> ReuseRows);
}
