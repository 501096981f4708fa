using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.Data.Reuse;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.AgreedLanguage;

/// <summary>
/// The reuse index follows the data whoever writes it, as the search index does: the importer (new work,
/// changed text), a writer that knows nothing of the index and adds or edits a provision through the context,
/// a deleted work; and a database whose texts predate the index is filled at start. After each, the index
/// holds exactly the distinct five-grams of every paragraph row of the search index (<see cref="ReuseIndexAssert"/>).
/// </summary>
public sealed class ReuseIndexFollowsDataTests
{
    private const string Symbol = "A/RES/75/900";
    private const string Quokkas = "Welcomes the survey of quokkas in the south-west of Western Australia;";
    private const string Wombats = "Welcomes the survey of wombats in the highlands of Tasmania and Victoria;";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task ImportOfANewWork_IndexesItsParagraphs(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);

        await SampleImports.ImportAsync(database, SampleDocuments.Resolution());

        Assert.NotEqual(0, await ReuseIndexAssert.FollowsDataAsync(database));
    }

    [Theory, DatabaseData]
    public async Task ReimportChangingText_ReplacesTheParagraphsFiveGrams(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, Symbol, "en", Quokkas, "Notes the census of bilbies in the desert;");
        var before = await ReuseIndexAssert.FollowsDataAsync(database);

        await SampleImports.ImportParagraphsAsync(database, Symbol, "en", Wombats);

        var after = await ReuseIndexAssert.FollowsDataAsync(database);
        Assert.NotEqual(before, after);
    }

    [Theory, DatabaseData]
    public async Task ProvisionAddedAndEditedByAWriterThatKnowsNothingOfTheIndex_IsIndexed(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, Symbol, "fr", "Se félicite du recensement des quokkas dans le sud-ouest de l’Australie;");

        await using (var db = database.CreateContext())
        {
            var expression = await db.Expressions.SingleAsync(Cancel);
            db.Provisions.Add(new Provision { ExpressionId = expression.Id, Kind = ProvisionKind.Operative, Number = "2", Anchor = "op2", Ordinal = 2, Text = "Décide d’étudier les bilbies du désert australien et leurs terriers;" });
            await db.SaveChangesAsync(Cancel);
        }

        var added = await ReuseIndexAssert.FollowsDataAsync(database);

        await using (var db = database.CreateContext())
        {
            (await db.Provisions.SingleAsync(p => p.Anchor == "op1", Cancel)).Text = "Se félicite du recensement des wombats dans les hautes terres de Tasmanie;";
            await db.SaveChangesAsync(Cancel);
        }

        Assert.NotEqual(0, added);
        await ReuseIndexAssert.FollowsDataAsync(database);
    }

    [Theory, DatabaseData]
    public async Task WorkDeletedThroughTheContext_TakesItsFiveGramsWithIt(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, Symbol, "en", Quokkas);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/901", "en", Wombats);

        await using (var db = database.CreateContext())
        {
            db.Works.Remove(await db.Works.SingleAsync(w => w.Symbol == Symbol, Cancel));
            await db.SaveChangesAsync(Cancel);
        }

        await using var check = database.CreateContext();
        var entries = await check.SearchEntries.Where(e => e.Kind == SearchEntryKind.Paragraph).Select(e => e.Id).ToListAsync(Cancel);
        Assert.Equal(entries.Order(), (await ReuseIndexAssert.StoredAsync(database)).Select(s => s.EntryId).Distinct().Order());
        await ReuseIndexAssert.FollowsDataAsync(database);
    }

    [Theory, DatabaseData]
    public async Task DatabaseWhoseTextsPredateTheIndex_IsFilledAtStart(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, Symbol, "en", Quokkas, Wombats);
        var indexed = await ReuseIndexAssert.FollowsDataAsync(database);
        await ReuseIndexAssert.RemoveAsync(database);

        Assert.Equal(2, await ReuseIndexer.IndexMissingAsync(new TestContextFactory(database), Cancel));

        Assert.Equal(indexed, await ReuseIndexAssert.FollowsDataAsync(database));
        Assert.Equal(0, await ReuseIndexer.IndexMissingAsync(new TestContextFactory(database), Cancel));
    }
}
