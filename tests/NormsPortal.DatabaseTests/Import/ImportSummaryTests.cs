using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Import;

/// <summary>A batch reports every document's outcome, counts them, and reports progress as it goes.</summary>
public sealed class ImportSummaryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task ImportMany_MixedBatch_CountsEachOutcomeInOrder(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        await importer.ImportManyAsync([SampleDocuments.Numbered(1), SampleDocuments.Numbered(2)], cancellationToken: Cancel);

        var changed = SampleDocuments.Numbered(2);
        changed.Provisions[0].Text = "A corrected paragraph.";
        var broken = SampleDocuments.Numbered(4);
        broken.Messages.Add(new ImportMessage(ImportSeverity.Error, "unreadable", "The body could not be read."));
        var progress = new List<ImportProgress>();
        var summary = await importer.ImportManyAsync(
            [
                new ImportRequest(SampleDocuments.Numbered(1)),
                new ImportRequest(changed),
                new ImportRequest(SampleDocuments.Numbered(3)),
                new ImportRequest(broken),
                new ImportRequest(SampleDocuments.RevisedDraft(), new ImportOptions { TextOf = new TextOfWork("A/RES/73/27") }),
            ],
            new SynchronousProgress(progress.Add),
            Cancel);

        Assert.Equal((5, 2, 1, 1, 1), (summary.Total, summary.Imported, summary.Updated, summary.Unchanged, summary.Failed));
        Assert.Equal(
            [ImportOutcome.Unchanged, ImportOutcome.Updated, ImportOutcome.Imported, ImportOutcome.Failed, ImportOutcome.Imported],
            summary.Results.Select(r => r.Outcome));
        Assert.Equal(["A/RES/75/1", "A/RES/75/2", "A/RES/75/3", "A/RES/75/4", "A/C.1/73/L.27/Rev.1"], summary.Results.Select(r => r.Symbol));
        Assert.Equal("unreadable", Assert.Single(Assert.Single(summary.Failures).Messages).Code);
        Assert.Equal([1, 2, 3, 4, 5], progress.Select(p => p.Processed));
        Assert.Equal(summary.Results, progress.Select(p => p.Latest));
    }

    /// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>, which posts to a synchronisation context.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
