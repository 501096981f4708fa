using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Storage;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Import;

/// <summary>What a cross-reference finder finds replaces the references of that (work, language) only.</summary>
public sealed class CrossReferenceStorageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Import_WithAFinder_ReplacesTheReferencesOfThatLanguageOnly(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var found = new List<FoundReference> { new("pp1", 24, 5, "73/27", "A / RES/73/27", "op1"), new("fn1", 4, 8, "A/70/174", "A/70/174") };
        var importer = new DocumentImporter(new TestContextFactory(database), new FakeCrossReferenceFinder(_ => [.. found]));
        await importer.ImportAsync(SampleDocuments.Resolution("en"), cancellationToken: Cancel);
        await importer.ImportAsync(SampleDocuments.Resolution("fr"), cancellationToken: Cancel);

        found.RemoveAt(1);
        var changed = SampleDocuments.Resolution("en");
        changed.Provisions[1].Text = "Noting with appreciation the report,";
        await importer.ImportAsync(changed, cancellationToken: Cancel);

        await using var db = database.CreateContext();
        var references = await db.CrossReferences.OrderBy(r => r.SourceLanguage).ThenBy(r => r.SourceAnchor).ToListAsync(Cancel);
        Assert.Equal(
            [("en", "pp1", "A/RES/73/27", "op1"), ("fr", "fn1", "A/70/174", null), ("fr", "pp1", "A/RES/73/27", "op1")],
            references.Select(r => (r.SourceLanguage, r.SourceAnchor, r.TargetSymbol, r.TargetAnchor)));
        var english = references[0];
        Assert.Equal((24, 5, "73/27"), (english.Start, english.Length, english.MatchedText));
    }
}
