using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Import;

/// <summary>A draft's text stored as the text of the resolution adopted from it (A/C.1/73/L.27/Rev.1 → 73/27).</summary>
public sealed class TextOfTests
{
    private const string Draft = "A/C.1/73/L.27/Rev.1";
    private const string Resolution = "A/RES/73/27";

    private static readonly ImportOptions s_asTextOf7327 = new() { TextOf = new TextOfWork(Resolution) };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Import_DraftAsTextOfResolution_StoresTheDraftAndTheSameTextAsTheResolutionsEnglishText(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database), FakeCrossReferenceFinder.Always(new FoundReference("op1.6", 40, 10, "resolution 36/103", "A/RES/36/103")));

        var result = await importer.ImportAsync(SampleDocuments.RevisedDraft(), s_asTextOf7327, Cancel);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = database.CreateContext();
        var draft = await Stored.LoadWorkAsync(db, Draft);
        Assert.Equal((WorkKind.DraftResolution, "First Committee", (int?)73), (draft.Kind, draft.Committee, draft.Session));
        var draftText = Assert.Single(draft.Expressions);
        Assert.Null(draftText.TextOfSymbol);
        var draftOf = Assert.Single(draft.Relations);
        Assert.Equal((WorkRelationKind.DraftOf, Resolution, "UN document A/C.1/73/L.27/Rev.1 (text of its PDF), English"), (draftOf.Kind, draftOf.TargetSymbol, draftOf.Source));

        var resolution = await Stored.LoadWorkAsync(db, Resolution);
        Assert.Equal((WorkKind.GaResolution, "https://undocs.org/A/RES/73/27"), (resolution.Kind, resolution.OfficialUrl));
        // Only the text is the draft's: its date, sponsors and title are not the resolution's facts.
        Assert.Empty(resolution.Facts);
        Assert.Empty(resolution.Sponsors);
        var text = Assert.Single(resolution.Expressions);
        Assert.Equal(("en", "A_C.1_73_L.27_Rev.1.txt", "un-text", Draft, draftText.ContentHash), (text.Language, text.Source, text.SourceFormat, text.TextOfSymbol, text.ContentHash));
        Assert.Equal(
            draftText.Provisions.OrderBy(p => p.Ordinal).Select(p => (p.Anchor, p.Text)),
            text.Provisions.OrderBy(p => p.Ordinal).Select(p => (p.Anchor, p.Text)));
        Assert.Equal(text.Provisions.Single(p => p.Anchor == "op1").Id, text.Provisions.Single(p => p.Anchor == "op1.6").ParentId);

        var references = await db.CrossReferences.Include(r => r.SourceWork).ToListAsync(Cancel);
        Assert.Equal([Draft, Resolution], references.Select(r => r.SourceWork.Symbol).Order(StringComparer.Ordinal));
        Assert.All(references, r => Assert.Equal(("en", "op1.6", "A/RES/36/103"), (r.SourceLanguage, r.SourceAnchor, r.TargetSymbol)));
    }

    [Theory, DatabaseData]
    public async Task Import_DraftAsTextOfAgain_IsUnchanged(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        await importer.ImportAsync(SampleDocuments.RevisedDraft(), s_asTextOf7327, Cancel);
        var before = await Stored.SnapshotAsync(database);

        var result = await importer.ImportAsync(SampleDocuments.RevisedDraft(), s_asTextOf7327, Cancel);

        Assert.Equal(ImportOutcome.Unchanged, result.Outcome);
        Assert.Equal(before, await Stored.SnapshotAsync(database));
    }

    [Theory, DatabaseData]
    public async Task Import_TextOfAddedLater_StoresTheResolutionsTextAndTheRelationWithoutRewritingTheDraft(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        await importer.ImportAsync(SampleDocuments.RevisedDraft(), cancellationToken: Cancel);
        var draftBefore = await Stored.LoadWorkAsync(database, Draft);

        var result = await importer.ImportAsync(SampleDocuments.RevisedDraft(), s_asTextOf7327, Cancel);

        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        var draft = await Stored.LoadWorkAsync(database, Draft);
        Assert.Equal(draftBefore.Expressions[0].Provisions.Select(p => p.Id).Order(), draft.Expressions[0].Provisions.Select(p => p.Id).Order());
        Assert.Equal(WorkRelationKind.DraftOf, Assert.Single(draft.Relations).Kind);
        Assert.Equal(Draft, Assert.Single((await Stored.LoadWorkAsync(database, Resolution)).Expressions).TextOfSymbol);
    }

    [Theory, DatabaseData]
    public async Task Import_ResolutionsOwnTextAfterTheDraftsText_ReplacesItAndALaterDraftImportKeepsIt(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        await importer.ImportAsync(SampleDocuments.RevisedDraft(), s_asTextOf7327, Cancel);
        var ownResult = await importer.ImportAsync(SampleDocuments.Plain(Resolution, "A_RES_73_27.xml"), cancellationToken: Cancel);
        var changedDraft = SampleDocuments.RevisedDraft();
        changedDraft.Provisions[0].Text = "Noting that considerable progress has been achieved,";
        var draftResult = await importer.ImportAsync(changedDraft, s_asTextOf7327, Cancel);

        Assert.Equal(ImportOutcome.Updated, ownResult.Outcome);
        Assert.Equal(ImportOutcome.Updated, draftResult.Outcome);
        Assert.Equal(ImportCodes.OwnTextKept, Assert.Single(draftResult.Messages).Code);
        var text = Assert.Single((await Stored.LoadWorkAsync(database, Resolution)).Expressions);
        Assert.Equal(("A_RES_73_27.xml", (string?)null), (text.Source, text.TextOfSymbol));
        Assert.Equal(["op1", "op2", "op3"], text.Provisions.OrderBy(p => p.Ordinal).Select(p => p.Anchor));
    }

    [Theory, DatabaseData]
    public async Task Import_TextOfItself_Fails(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));

        var result = await importer.ImportAsync(SampleDocuments.RevisedDraft(), new ImportOptions { TextOf = new TextOfWork("A/C.1/73/L.27/rev.1") }, Cancel);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Equal(ImportCodes.TextOfItself, Assert.Single(result.Messages).Code);
        Assert.Empty(await Stored.SnapshotAsync(database));
    }
}
