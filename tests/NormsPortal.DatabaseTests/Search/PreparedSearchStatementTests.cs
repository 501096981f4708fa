using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Search.Store;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>
/// The search keeps its statements prepared on connections of its own (<see cref="PreparedStatementPool"/>): a
/// statement run again answers for its new words, several searches at once each get their own answer, and a
/// statement prepared before its table changed runs on the changed table.
/// </summary>
public sealed class PreparedSearchStatementTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Search_SameStatementWithOtherWords_FindsTheOtherWords(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var search = new SearchService(new TestContextFactory(database), database.Provider);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/901", "en", "Welcomes the survey of quokkas;");
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/902", "en", "Welcomes the census of wombats;");
        Assert.Equal(search.StatementFor(new SearchRequest("quokka"))!.Sql, search.StatementFor(new SearchRequest("wombat"))!.Sql);

        Assert.Equal(["A/RES/75/901"], (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Items.Select(i => i.Symbol));
        Assert.Equal(["A/RES/75/902"], (await search.SearchAsync(new SearchRequest("wombat"), Cancel)).Items.Select(i => i.Symbol));
        Assert.Equal(0, (await search.SearchAsync(new SearchRequest("bilby"), Cancel)).Total);
    }

    [Theory, DatabaseData]
    public async Task Search_ManyAtOnce_EachGetsTheAnswerToItsOwnWords(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var search = new SearchService(new TestContextFactory(database), database.Provider);
        string[] words = ["quokka", "wombat", "bilby", "numbat"];
        for (var i = 0; i < words.Length; i++)
        {
            await SampleImports.ImportParagraphsAsync(database, $"A/RES/75/90{i}", "en", $"Welcomes the survey of {words[i]}s;");
        }

        var symbols = await Task.WhenAll(Enumerable.Range(0, 4 * PreparedStatementPool.MaxIdleConnections).Select(async n =>
        {
            var results = await search.SearchAsync(new SearchRequest(words[n % words.Length]), Cancel);
            return (Expected: $"A/RES/75/90{n % words.Length}", Found: results.Items.Single().Symbol);
        }));

        Assert.All(symbols, s => Assert.Equal(s.Expected, s.Found));
    }

    [Theory, DatabaseData]
    public async Task Search_AfterItsTableChanged_RunsOnTheChangedTable(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var search = new SearchService(new TestContextFactory(database), database.Provider);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/901", "en", "Welcomes the survey of quokkas;");
        Assert.Equal(1, (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Total);

        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "SearchEntries" ADD COLUMN "Probe" INTEGER""", Cancel);
        }

        Assert.Equal(1, (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Total);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/902", "en", "Welcomes the census of quokkas;");
        Assert.Equal(2, (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Total);
    }
}
