using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Postgres.Search;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Search;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.DatabaseTests.Schema;

/// <summary>
/// PostgreSQL's <c>SearchVectorTable</c> migration moves the vectors of a database that holds texts
/// out of <c>SearchEntries</c> into their own table and back: no vector lost on either way, the
/// index in step and searchable after it. SQLite has no such migration (its index is FTS5).
/// </summary>
public sealed class SearchVectorTableMigrationTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DownAndUpAgain_KeepsEveryVector_AndTheIndexSearchable()
    {
        if (TestEnvironment.PostgresSkipReason is { } skip)
        {
            Assert.Skip(skip);
        }

        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Postgres);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/900", "en", "Welcomes the survey of quokkas;", "Notes the census;");
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/900", "fr", "Se félicite du recensement des quokkas;");
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/901", "en", "Encourages the study of wombats;");
        var vectorsBefore = await VectorsAsync(database, $"""SELECT "Id", "{PostgresSearchIndex.VectorColumn}"::text FROM "{PostgresSearchIndex.VectorTable}" """);

        await database.MigrateToJustBeforeAsync("SearchVectorTable", Cancel);
        await using (var db = database.CreateContext())
        {
            Assert.False(await db.Database.SqlQueryRaw<bool>(
                $"""SELECT to_regclass('"{PostgresSearchIndex.VectorTable}"') IS NOT NULL AS "Value" """).SingleAsync(Cancel));
        }

        // Down: the generated column holds the same vectors.
        Assert.Equal(vectorsBefore, await VectorsAsync(database, $"""SELECT "Id", "{PostgresSearchIndex.VectorColumn}"::text FROM "SearchEntries" """));

        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync(Cancel);
        }

        Assert.Equal(vectorsBefore, await VectorsAsync(database, $"""SELECT "Id", "{PostgresSearchIndex.VectorColumn}"::text FROM "{PostgresSearchIndex.VectorTable}" """));
        await SearchIndexAssert.InStepAsync(database);
        using var search = new SearchService(new TestContextFactory(database), database.Provider);
        Assert.Equal(2, (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Items.Single().ParagraphTotal);
        Assert.Equal(1, (await search.SearchAsync(new SearchRequest("\"survey of quokkas\""), Cancel)).Total);
        // New rows reach the moved index.
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/902", "en", "Welcomes the census of bilbies;");
        Assert.Equal("A/RES/75/902", (await search.SearchAsync(new SearchRequest("bilby"), Cancel)).Items.Single().Symbol);
        await SearchIndexAssert.InStepAsync(database);
    }

    /// <summary>Every vector by entry id, as text; the query selects the id and the vector.</summary>
    private static async Task<SortedDictionary<long, string>> VectorsAsync(TestDatabase database, string query)
    {
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        var vectors = new SortedDictionary<long, string>();
        while (await reader.ReadAsync(Cancel))
        {
            vectors.Add(reader.GetInt64(0), reader.GetString(1));
        }

        Assert.NotEmpty(vectors);
        return vectors;
    }
}
