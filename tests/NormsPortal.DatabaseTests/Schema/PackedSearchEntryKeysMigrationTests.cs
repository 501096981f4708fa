using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Search.Index;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Search;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.DatabaseTests.Schema;

/// <summary>
/// The <c>PackedSearchEntryKeys</c> migration renumbers the search index's rows of a database that
/// holds texts: down to generated ids and up to packed ones again, with every row kept, the ids of
/// the old schema still generated after the way down, and the full-text index in step throughout.
/// </summary>
public sealed class PackedSearchEntryKeysMigrationTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task DownAndUpAgain_RenumbersEveryRow_AndTheIndexStaysSearchable(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/900", "en", "Welcomes the survey of quokkas;", "Notes the census;");
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/900", "fr", "Se félicite du recensement des quokkas;");
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/901", "en", "Encourages the study of wombats;");
        var rowsBefore = await RowsAsync(database);

        await database.MigrateToJustBeforeAsync("PackedSearchEntryKeys", Cancel);

        Assert.Equal(Enumerable.Range(1, rowsBefore.Count).Select(i => (long)i), await IdsAsync(database));
        // On PostgreSQL the vectors of that schema were a generated column, in step by construction.
        if (kind == DatabaseKind.Sqlite)
        {
            await SearchIndexAssert.InStepAsync(database);
        }

        // The old schema generates ids again, after the renumbered rows.
        await InsertWithGeneratedIdAsync(database, "A/RES/75/901", "Decides to remain seized of numbats;");
        Assert.Equal(rowsBefore.Count + 1, (await IdsAsync(database))[^1]);

        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync(Cancel);
        }

        var rowsAfter = await RowsAsync(database);
        Assert.Equal(rowsBefore.Count + 1, rowsAfter.Count);
        Assert.Superset(rowsBefore.Select(r => r with { Id = 0 }).ToHashSet(), rowsAfter.Select(r => r with { Id = 0 }).ToHashSet());
        Assert.All(rowsAfter, r =>
        {
            Assert.Equal(r.WorkId, SearchEntryKey.WorkIdOf(r.Id));
            Assert.Equal(r.Language, SearchEntryKey.LanguageOf(r.Id));
        });
        // Within a text the rows keep their order and are numbered from 0.
        foreach (var text in rowsAfter.GroupBy(r => (r.WorkId, r.Language)))
        {
            Assert.Equal(Enumerable.Range(0, text.Count()).Select(i => (long)i), text.OrderBy(r => r.Id).Select(r => SearchEntryKey.SequenceOf(r.Id)));
        }

        await SearchIndexAssert.InStepAsync(database);
        using var search = new SearchService(new TestContextFactory(database), database.Provider);
        Assert.Equal(2, (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Items.Single().ParagraphTotal);
        Assert.Equal("A/RES/75/901", (await search.SearchAsync(new SearchRequest("numbats"), Cancel)).Items.Single().Symbol);
        // New rows take the next ids of their text.
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/902", "en", "Welcomes the census of bilbies;");
        Assert.Equal("A/RES/75/902", (await search.SearchAsync(new SearchRequest("bilby"), Cancel)).Items.Single().Symbol);
    }

    private sealed record IndexRow(long Id, int WorkId, string Language, string Anchor, string Text);

    private static async Task<List<IndexRow>> RowsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.SearchEntries.OrderBy(e => e.Id)
            .Select(e => new IndexRow(e.Id, e.WorkId, e.Language, e.Anchor, e.Text))
            .ToListAsync(Cancel);
    }

    // Raw SQL: between the migrations the model (a long key) and the schema (an int on PostgreSQL) differ.
    private static async Task<List<long>> IdsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Database.SqlQueryRaw<long>("""SELECT CAST("Id" AS BIGINT) AS "Value" FROM "SearchEntries" ORDER BY "Id" """).ToListAsync(Cancel);
    }

    private static async Task InsertWithGeneratedIdAsync(TestDatabase database, string symbol, string text)
    {
        var terms = string.Join(' ', SearchIndexer.Analyzer.Analyze(text, "en").Select(t => t.Term));
        await using var db = database.CreateContext();
        var workId = await db.Works.Where(w => w.Symbol == symbol).Select(w => w.Id).SingleAsync(Cancel);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "SearchEntries" ("WorkId", "Kind", "Language", "Anchor", "Ordinal", "Text", "Terms") VALUES ({workId}, 'Paragraph', 'en', 'op9', 9, {text}, {terms})""",
            Cancel);
    }
}
