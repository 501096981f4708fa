using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;
using NormsPortal.Data.Search.Index;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>
/// A work is searchable as soon as its import commits, an updated work is searched in its new text
/// and title only, and a deleted work leaves no index rows: on both providers, through the full-text
/// index itself (FTS5 triggers, the <c>tsvector</c> table's triggers), which stays in step row for row.
/// </summary>
public sealed class SearchFreshnessTests
{
    private const string Symbol = "A/RES/75/900";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task ImportedWork_IsSearchableAtOnce(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var search = new SearchService(new TestContextFactory(database), database.Provider);

        await SampleImports.ImportAsync(database, Document("Quokka habitats", "Welcomes the survey of quokkas;", "Notes the census;"));

        var results = await search.SearchAsync(new SearchRequest("quokka"), Cancel);
        var work = Assert.Single(results.Items);
        Assert.Equal(Symbol, work.Symbol);
        // The title and the paragraph both match; the paragraph is listed with its permalink.
        Assert.Equal(2, work.ParagraphTotal);
        Assert.Contains(work.Paragraphs, p => p.Anchor == "op1" && p.Url == "/documents/A/RES/75/900?lang=en#op1" && p.SnippetHtml.Contains("<mark>quokkas</mark>", StringComparison.Ordinal));
    }

    [Theory, DatabaseData]
    public async Task UpdatedWork_IsSearchedInItsNewTextOnly(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var search = new SearchService(new TestContextFactory(database), database.Provider);
        await SampleImports.ImportAsync(database, Document("Quokka habitats", "Welcomes the survey of quokkas;", "Notes the census;"));

        await SampleImports.ImportAsync(database, Document("Wombat burrows", "Welcomes the survey of wombats;"));

        Assert.Equal(0, (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Total);
        Assert.Equal(0, (await search.SearchAsync(new SearchRequest("census"), Cancel)).Total);
        var work = Assert.Single((await search.SearchAsync(new SearchRequest("wombat"), Cancel)).Items);
        Assert.Equal(2, work.ParagraphTotal);
        await using var db = database.CreateContext();
        Assert.Equal(
            [(SearchEntryKind.Paragraph, "op1"), (SearchEntryKind.Title, "")],
            (await db.SearchEntries.OrderBy(e => e.Kind).Select(e => new { e.Kind, e.Anchor }).ToListAsync(Cancel)).Select(e => (e.Kind, e.Anchor)));
        await SearchIndexAssert.InStepAsync(database);
    }

    [Theory, DatabaseData]
    public async Task DeletedWork_LeavesNoIndexRows(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var search = new SearchService(new TestContextFactory(database), database.Provider);
        await SampleImports.ImportAsync(database, Document("Quokka habitats", "Welcomes the survey of quokkas;"));

        await using (var db = database.CreateContext())
        {
            await db.Works.Where(w => w.Symbol == Symbol).ExecuteDeleteAsync(Cancel);
        }

        Assert.Equal(0, (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Total);
        await using var check = database.CreateContext();
        Assert.Equal(0, await check.SearchEntries.CountAsync(Cancel));
        await SearchIndexAssert.InStepAsync(database);
    }

    [Theory, DatabaseData]
    public async Task IndexRows_CarryTheirWorkAndLanguageInTheirIds_AcrossLanguagesAndUpdates(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        using var search = new SearchService(new TestContextFactory(database), database.Provider);
        await SampleImports.ImportAsync(database, Document("Quokka habitats", "Welcomes the survey of quokkas;", "Notes the census;"));
        await SampleImports.ImportAsync(database, SampleDocuments.WithParagraphs(Symbol, "fr", "Habitats des quokkas", "Se félicite du recensement des quokkas;"));
        await SampleImports.ImportAsync(database, Document("Quokka habitats", "Welcomes the survey of quokkas;", "Notes the census;", "Decides to remain seized;"));

        await using var db = database.CreateContext();
        var rows = await db.SearchEntries.Select(e => new { e.Id, e.WorkId, e.Language }).ToListAsync(Cancel);
        Assert.Contains(rows, r => r.Language == "fr");
        Assert.All(rows, r =>
        {
            Assert.Equal(r.WorkId, SearchEntryKey.WorkIdOf(r.Id));
            Assert.Equal(r.Language, SearchEntryKey.LanguageOf(r.Id));
        });
        // A re-import numbers on from its text's highest id: ids grow by the rows written, not by the range.
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
        Assert.All(rows, r => Assert.InRange(SearchEntryKey.SequenceOf(r.Id), 0, 10));

        var results = await search.SearchAsync(new SearchRequest("quokka lang:fr"), Cancel);
        Assert.Equal("fr", Assert.Single(Assert.Single(results.Items).Paragraphs.Select(p => p.Language).Distinct()));
    }

    private static ParsedDocument Document(string title, params string[] paragraphs) => SampleDocuments.WithParagraphs(Symbol, "en", title, paragraphs);
}
