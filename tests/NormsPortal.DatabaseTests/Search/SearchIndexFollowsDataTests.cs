using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.Data.Search.Index;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>
/// The search index follows the data whoever writes it: the importer (new work, changed text), a fact
/// revised through the model's one operation, a norm's label, a deleted work, and a writer that knows
/// nothing of the index and adds or edits a provision through the context. After each, the index holds
/// exactly one row per non-empty paragraph, titled work and norm, with the current text, its terms and
/// an id that carries its work and language, and the full-text index is in step (<see cref="SearchIndexAssert"/>).
/// </summary>
public sealed class SearchIndexFollowsDataTests
{
    private const string Symbol = "A/RES/75/900";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task ImportOfANewWork_IndexesItsParagraphsAndTitle(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);

        await SampleImports.ImportAsync(database, SampleDocuments.Resolution());

        var rows = await AssertIndexFollowsDataAsync(database);
        Assert.Contains(rows, r => r.Kind == SearchEntryKind.Title && r.Text == SampleDocuments.EnglishTitle);
        Assert.Contains(rows, r => r.Kind == SearchEntryKind.Paragraph && r.Anchor == "op2b.i");
    }

    [Theory, DatabaseData]
    public async Task ReimportChangingText_ReplacesTheParagraphRows(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, Symbol, "en", "Welcomes the survey of quokkas;", "Notes the census;");

        await SampleImports.ImportParagraphsAsync(database, Symbol, "en", "Welcomes the survey of wombats;");

        var rows = await AssertIndexFollowsDataAsync(database);
        Assert.Equal(["Welcomes the survey of wombats;"], rows.Where(r => r.Kind == SearchEntryKind.Paragraph).Select(r => r.Text));
    }

    [Theory, DatabaseData]
    public async Task TitleRevisedThroughTheFactOperation_ReplacesTheTitleRow(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, Symbol, "en", "Welcomes the survey of quokkas;");

        await using (var db = database.CreateContext())
        {
            var work = await db.Works.Include(w => w.Facts).SingleAsync(w => w.Symbol == Symbol, Cancel);
            work.ReviseFact(FactKeys.Title, "Numbats and their burrows", "A/75/PV.1", verified: true, FactOrigin.Curator, "curator@example.org", DateTime.UtcNow);
            await db.SaveChangesAsync(Cancel);
        }

        var rows = await AssertIndexFollowsDataAsync(database);
        Assert.Equal(["Numbats and their burrows"], rows.Where(r => r.Kind == SearchEntryKind.Title).Select(r => r.Text));
    }

    [Theory, DatabaseData]
    public async Task WorkAddedWithoutTextByASaveOfItsOwn_IsIndexedUnderItsTitle(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);

        // No transaction of the caller's: the context opens its own, and the new work's id is known only after the insert.
        await using (var db = database.CreateContext())
        {
            var work = new Work { Symbol = "A/76/135", Kind = WorkKind.Report };
            work.ReviseFact(FactKeys.Title, "Advancing responsible State behaviour in cyberspace", "https://undocs.org/A/76/135", verified: true, FactOrigin.Curator, "curator@example.org", DateTime.UtcNow);
            db.Works.Add(work);
            await db.SaveChangesAsync(Cancel);
        }

        var rows = await AssertIndexFollowsDataAsync(database);
        Assert.Equal(["Advancing responsible State behaviour in cyberspace"], rows.Where(r => r.Kind == SearchEntryKind.Title).Select(r => r.Text));
    }

    [Theory, DatabaseData]
    public async Task ImportOfAWorkWhoseNormWasCuratedBefore_IndexesTheNormUnderTheNewWork(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            db.Norms.Add(new Norm { Number = "1.1", Label = "Survey cooperation", Ordinal = 1, Statement = new TextReference { Symbol = Symbol, Anchor = "op1" } });
            await db.SaveChangesAsync(Cancel);
        }

        await SampleImports.ImportParagraphsAsync(database, Symbol, "en", "Welcomes the survey of quokkas;");

        var rows = await AssertIndexFollowsDataAsync(database);
        Assert.Equal([("Survey cooperation", "op1")], rows.Where(r => r.Kind == SearchEntryKind.Norm).Select(r => (r.Text, r.Anchor)));
    }

    [Theory, DatabaseData]
    public async Task WorkAddedAndAnotherRetitledInOneSave_IndexesBothTitles(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, Symbol, "en", "Welcomes the survey of quokkas;");

        await using (var db = database.CreateContext())
        {
            var retitled = await db.Works.Include(w => w.Facts).SingleAsync(w => w.Symbol == Symbol, Cancel);
            retitled.ReviseFact(FactKeys.Title, "Numbats and their burrows", "A/75/PV.1", verified: true, FactOrigin.Curator, "curator@example.org", DateTime.UtcNow);
            var added = new Work { Symbol = "A/76/135", Kind = WorkKind.Report };
            added.ReviseFact(FactKeys.Title, "Advancing responsible State behaviour in cyberspace", "https://undocs.org/A/76/135", verified: true, FactOrigin.Curator, "curator@example.org", DateTime.UtcNow);
            db.Works.Add(added);
            await db.SaveChangesAsync(Cancel);
        }

        var rows = await AssertIndexFollowsDataAsync(database);
        Assert.Equal(
            ["Advancing responsible State behaviour in cyberspace", "Numbats and their burrows"],
            rows.Where(r => r.Kind == SearchEntryKind.Title).Select(r => r.Text).Order(StringComparer.Ordinal));
    }

    [Theory, DatabaseData]
    public async Task NormAddedAndRelabelled_ReplacesTheNormRow(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, Symbol, "en", "Welcomes the survey of quokkas;");
        await using (var db = database.CreateContext())
        {
            db.Norms.Add(new Norm { Number = "1.1", Label = "Survey cooperation", Ordinal = 1, Statement = new TextReference { Symbol = Symbol, Anchor = "op1" } });
            await db.SaveChangesAsync(Cancel);
        }

        Assert.Contains(await AssertIndexFollowsDataAsync(database), r => r.Kind == SearchEntryKind.Norm && r.Text == "Survey cooperation");

        await using (var db = database.CreateContext())
        {
            (await db.Norms.SingleAsync(Cancel)).Label = "Quokka census";
            await db.SaveChangesAsync(Cancel);
        }

        var rows = await AssertIndexFollowsDataAsync(database);
        Assert.Equal([("Quokka census", "op1")], rows.Where(r => r.Kind == SearchEntryKind.Norm).Select(r => (r.Text, r.Anchor)));
    }

    [Theory, DatabaseData]
    public async Task WorkDeletedThroughTheContext_LeavesNoRows(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, Symbol, "en", "Welcomes the survey of quokkas;", "Notes the census;");
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/901", "en", "Encourages the study of wombats;");

        await using (var db = database.CreateContext())
        {
            db.Works.Remove(await db.Works.SingleAsync(w => w.Symbol == Symbol, Cancel));
            await db.SaveChangesAsync(Cancel);
        }

        var rows = await AssertIndexFollowsDataAsync(database);
        Assert.Equal(2, rows.Count);
    }

    [Theory, DatabaseData]
    public async Task ProvisionAddedAndEditedByAWriterThatKnowsNothingOfTheIndex_IsIndexed(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, Symbol, "fr", "Se félicite du recensement des quokkas;");

        await using (var db = database.CreateContext())
        {
            var expression = await db.Expressions.SingleAsync(Cancel);
            db.Provisions.Add(new Provision { ExpressionId = expression.Id, Kind = ProvisionKind.Operative, Number = "2", Anchor = "op2", Ordinal = 2, Text = "Décide d’étudier les bilbies;" });
            await db.SaveChangesAsync(Cancel);
        }

        Assert.Contains(await AssertIndexFollowsDataAsync(database), r => r.Anchor == "op2" && r.Language == "fr");

        await using (var db = database.CreateContext())
        {
            (await db.Provisions.SingleAsync(p => p.Anchor == "op1", Cancel)).Text = "Se félicite du recensement des wombats;";
            await db.SaveChangesAsync(Cancel);
        }

        var rows = await AssertIndexFollowsDataAsync(database);
        Assert.Equal(
            ["Se félicite du recensement des wombats;", "Décide d’étudier les bilbies;"],
            rows.Where(r => r.Kind == SearchEntryKind.Paragraph).OrderBy(r => r.Ordinal).Select(r => r.Text));
    }

    [Theory, DatabaseData]
    public async Task SynchronousSave_FromASynchronisationContext_IsIndexedWithoutDeadlock(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SampleImports.ImportParagraphsAsync(database, Symbol, "en", "Welcomes the survey of quokkas;");
        await using var db = database.CreateContext();
        var expression = await db.Expressions.SingleAsync(Cancel);
        db.Provisions.Add(new Provision { ExpressionId = expression.Id, Kind = ProvisionKind.Operative, Number = "2", Anchor = "op2", Ordinal = 2, Text = "Decides to count the bilbies;" });

        // A caller that blocks on the save while holding its synchronisation context, as a Blazor
        // circuit's renderer does: a continuation posted back to it would never run.
        var save = Task.Factory.StartNew(
            () =>
            {
                SynchronizationContext.SetSynchronizationContext(new BlockedSynchronizationContext());
                return db.SaveChanges();
            },
            Cancel,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        Assert.Equal(1, await save.WaitAsync(TimeSpan.FromSeconds(30), Cancel));
        Assert.Contains(await AssertIndexFollowsDataAsync(database), r => r.Anchor == "op2");
    }

    /// <summary>Never runs what is posted to it: the thread that owns it is blocked.</summary>
    private sealed class BlockedSynchronizationContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state)
        {
        }
    }

    private sealed record IndexRow(int WorkId, SearchEntryKind Kind, string Language, string Anchor, int Ordinal, string Text, int? ProvisionId);

    /// <summary>Checks the index against what it indexes, row for row, and returns its rows.</summary>
    private static async Task<List<IndexRow>> AssertIndexFollowsDataAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var paragraphs = await db.Provisions
            .Select(p => new IndexRow(p.Expression.WorkId, SearchEntryKind.Paragraph, p.Expression.Language, p.Anchor, p.Ordinal, p.Text, p.Id))
            .ToListAsync(Cancel);
        var works = await db.Works.Select(w => new { w.Id, w.Symbol, w.Title }).ToListAsync(Cancel);
        var norms = await db.Norms.Select(n => new { n.Label, n.Ordinal, n.Statement.Symbol, n.Statement.Anchor }).ToListAsync(Cancel);
        var expected = paragraphs.Where(p => !string.IsNullOrWhiteSpace(p.Text))
            .Concat(works.Where(w => !string.IsNullOrEmpty(w.Title)).Select(w => new IndexRow(w.Id, SearchEntryKind.Title, SearchIndexer.CatalogLanguage, "", 0, w.Title!, null)))
            .Concat(norms.Join(works, n => n.Symbol, w => w.Symbol, (n, w) => new IndexRow(w.Id, SearchEntryKind.Norm, SearchIndexer.CatalogLanguage, n.Anchor, n.Ordinal, n.Label, null)))
            .ToList();

        var entries = await db.SearchEntries.AsNoTracking().ToListAsync(Cancel);
        var stored = entries.Select(e => new IndexRow(e.WorkId, e.Kind, e.Language, e.Anchor, e.Ordinal, e.Text, e.ProvisionId)).ToList();
        Assert.Equal(Ordered(expected), Ordered(stored));
        Assert.All(entries, e =>
        {
            Assert.Equal(SearchIndexer.TermsOf(e.Text, e.Language), e.Terms);
            Assert.Equal((e.WorkId, e.Language), (SearchEntryKey.WorkIdOf(e.Id), SearchEntryKey.LanguageOf(e.Id)));
        });
        await SearchIndexAssert.InStepAsync(database);
        return stored;
    }

    private static List<IndexRow> Ordered(IEnumerable<IndexRow> rows) =>
        [.. rows.OrderBy(r => r.WorkId).ThenBy(r => r.Kind).ThenBy(r => r.Language, StringComparer.Ordinal).ThenBy(r => r.Anchor, StringComparer.Ordinal).ThenBy(r => r.Text, StringComparer.Ordinal)];
}
