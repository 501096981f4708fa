using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Search.Index;
using NormsPortal.DatabaseTests.AgreedLanguage;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>
/// The full-text index follows <c>SearchEntries</c> whatever writes it, not only the importer: terms
/// rewritten in place, ids changed, rows deleted and rows inserted many to a statement, each checked
/// through search and against the index row for row (<see cref="SearchIndexAssert"/>).
/// </summary>
public sealed class SearchIndexTriggerTests
{
    private const string Symbol = "A/RES/75/900";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task IndexFollowsEveryWriteToTheEntries(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var search = new SearchService(new TestContextFactory(database), database.Provider);
        await SampleImports.ImportParagraphsAsync(database, Symbol, "en", "Welcomes the survey of quokkas;", "Notes the census of numbats;");
        await SearchIndexAssert.InStepAsync(database);

        // Terms rewritten in place.
        const string text = "Welcomes the survey of wombats;";
        await ExecuteAsync(database,
            db => db.Database.ExecuteSqlAsync(
                $"""UPDATE "SearchEntries" SET "Text" = {text}, "Terms" = {SearchIndexer.TermsOf(text, "en")} WHERE "Anchor" = 'op1'""", Cancel));
        Assert.Equal(0, await TotalAsync(search, "quokka"));
        Assert.Equal(1, await TotalAsync(search, "wombat"));
        await SearchIndexAssert.InStepAsync(database);

        // An id changed: the entry is found under its new id.
        var numbats = await EntryIdAsync(database, "op2");
        // The reuse index refers to entries by id, with no ON UPDATE on either database: a renumbering
        // moves its rows out of the way first.
        await ReuseIndexAssert.RemoveAsync(database, numbats);

        await ExecuteAsync(database,
            db => db.Database.ExecuteSqlAsync($"""UPDATE "SearchEntries" SET "Id" = {numbats + 100} WHERE "Id" = {numbats}""", Cancel));
        Assert.Equal("op2", Assert.Single(Assert.Single((await search.SearchAsync(new SearchRequest("numbat"), Cancel)).Items).Paragraphs).Anchor);
        await SearchIndexAssert.InStepAsync(database);

        // A row deleted.
        await ExecuteAsync(database, db => db.SearchEntries.Where(e => e.Id == numbats + 100).ExecuteDeleteAsync(Cancel));
        Assert.Equal(0, await TotalAsync(search, "numbat"));
        await SearchIndexAssert.InStepAsync(database);

        // Many rows in one statement: a second language of the same work.
        await SampleImports.ImportParagraphsAsync(database, Symbol, "fr", "Se félicite du recensement des quokkas;", "Prend note de l’étude des bilbies;", "Décide de rester saisie;");
        Assert.Equal(1, await TotalAsync(search, "bilbies lang:fr"));
        await SearchIndexAssert.InStepAsync(database);
    }

    private static async Task<int> TotalAsync(SearchService search, string query) =>
        (await search.SearchAsync(new SearchRequest(query), Cancel)).Total;

    private static async Task<long> EntryIdAsync(TestDatabase database, string anchor)
    {
        await using var db = database.CreateContext();
        return await db.SearchEntries.Where(e => e.Anchor == anchor && e.Language == "en").Select(e => e.Id).SingleAsync(Cancel);
    }

    private static async Task ExecuteAsync(TestDatabase database, Func<Data.PortalDbContext, Task<int>> write)
    {
        await using var db = database.CreateContext();
        Assert.Equal(1, await write(db));
    }
}
