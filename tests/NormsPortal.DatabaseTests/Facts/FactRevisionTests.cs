using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Model;
using NormsPortal.Data.Seeding;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.TestSupport;

namespace NormsPortal.DatabaseTests.Facts;

/// <summary>
/// Every writer revises a fact through <see cref="Work.ReviseFact"/>: the history says what the fact
/// held and holds since, with origin, source, who and when; a curator's fact outlives any import; and
/// the work's copied columns follow one policy whichever writer came last.
/// </summary>
public sealed class FactRevisionTests
{
    private const string Curator = "curator@example.org";
    private const string CuratedTitle = "Advancing responsible State behaviour in cyberspace (corrected)";
    private static readonly DateTime s_importTime = new(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Import_ReplacingAnImportedValue_RecordsBothSidesTheImporterAndTheTime(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database), time: new FixedTime(s_importTime));
        await importer.ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);
        var changed = SampleDocuments.Resolution();
        changed.Title = "Advancing responsible State behaviour";

        await importer.ImportAsync(changed, cancellationToken: Cancel);

        var work = await Stored.LoadWorkAsync(database, SampleDocuments.Symbol);
        var title = work.Facts.Single(f => f.Key == FactKeys.Title);
        var revision = Assert.Single(title.History);
        Assert.Equal(
            (SampleDocuments.EnglishTitle, "UN AKN file of A/RES/74/28, English", true, FactOrigin.Import),
            (revision.OldValue, revision.OldSource, revision.OldVerified, revision.OldOrigin));
        Assert.Equal(
            (changed.Title, "UN AKN file of A/RES/74/28, English", true, FactOrigin.Import),
            (revision.NewValue, revision.NewSource, revision.NewVerified, revision.NewOrigin));
        Assert.Equal(("import", s_importTime), (revision.RevisedBy, revision.RevisedAt));
        Assert.Equal((changed.Title, changed.Title), (title.Value, work.Title));
    }

    [Theory, DatabaseData]
    public async Task Reseed_ChangingASeedValue_RecordsBothSidesAndTheSeed(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SeedAsync(database, SeedFiles.Catalog);
        var original = SeedFiles.Catalog.FindDocument("A/RES/73/27")!;

        await SeedAsync(database, SeedFiles.WithDocument("A/RES/73/27", d => d with { Session = 99 }));

        var work = await Stored.LoadWorkAsync(database, "A/RES/73/27");
        var session = work.Facts.Single(f => f.Key == FactKeys.Session);
        var revision = Assert.Single(session.History);
        Assert.Equal((FactValues.FormatSession(original.Session!.Value), "99", FactOrigin.Seed, FactOrigin.Seed), (revision.OldValue, revision.NewValue, revision.OldOrigin, revision.NewOrigin));
        Assert.Equal(CatalogSeeder.Actor, revision.RevisedBy);
        Assert.Equal(99, work.Session);
    }

    [Theory, DatabaseData]
    public async Task CuratorFact_IsNeverOverwrittenByAnImport_AndItsHistoryShowsTheCorrection(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        await importer.ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);
        await using (var db = database.CreateContext())
        {
            var work = await db.Works.Include(w => w.Facts).SingleAsync(w => w.Symbol == SampleDocuments.Symbol, Cancel);
            var outcome = work.ReviseFact(FactKeys.Title, CuratedTitle, "A/74/PV.46", verified: true, FactOrigin.Curator, Curator, s_importTime);
            Assert.Equal(FactRevisionOutcome.Revised, outcome);
            await db.SaveChangesAsync(Cancel);
        }

        var again = SampleDocuments.Resolution();
        again.Provisions[0].Text = "Recalling its resolutions, once more,";
        await importer.ImportAsync(again, cancellationToken: Cancel);

        var stored = await Stored.LoadWorkAsync(database, SampleDocuments.Symbol);
        var title = stored.Facts.Single(f => f.Key == FactKeys.Title);
        Assert.Equal((CuratedTitle, FactOrigin.Curator, true), (title.Value, title.Origin, title.Verified));
        var correction = Assert.Single(title.History);
        Assert.Equal(
            (SampleDocuments.EnglishTitle, FactOrigin.Import, CuratedTitle, FactOrigin.Curator, Curator),
            (correction.OldValue, correction.OldOrigin, correction.NewValue, correction.NewOrigin, correction.RevisedBy));
        Assert.Equal(CuratedTitle, stored.Title);
        Assert.Equal(SampleDocuments.EnglishTitle, stored.Facts.Single(f => f.Key == "title.imported").Value);
    }

    /// <summary>
    /// The seed once left a column empty while its fact was unverified and the importer copied it, so
    /// the title of a report known only by belief came and went with each writer. Now the column holds
    /// the fact's value, whichever wrote last, and the fact says it is unverified.
    /// </summary>
    [Theory, DatabaseData]
    public async Task CopiedColumns_FollowOnePolicy_WhicheverWriterCameLast(DatabaseKind kind)
    {
        const string symbol = "A/65/201";
        await using var database = await TestDatabase.CreateAsync(kind);
        var believedTitle = SeedFiles.Catalog.FindDocument(symbol)!.Unverified.Single(u => u.Key == "title").Value;

        await SeedAsync(database, SeedFiles.Catalog);
        var seeded = await ColumnsAsync(database, symbol);
        await SampleImports.ImportAsync(database, SampleDocuments.WithParagraphs(symbol, "en", "Note by the Secretary-General", "Welcomes the report;"));
        var imported = await ColumnsAsync(database, symbol);
        await SeedAsync(database, SeedFiles.Catalog);
        var reseeded = await ColumnsAsync(database, symbol);

        Assert.Equal((believedTitle, false), seeded);
        Assert.Equal(seeded, imported);
        Assert.Equal(seeded, reseeded);
    }

    private static async Task SeedAsync(TestDatabase database, SeedCatalog catalog)
    {
        await using var db = database.CreateContext();
        await CatalogSeeder.SeedAsync(db, catalog, Cancel);
    }

    private static async Task<(string? Title, bool Verified)> ColumnsAsync(TestDatabase database, string symbol)
    {
        var work = await Stored.LoadWorkAsync(database, symbol);
        return (work.Title, work.Facts.Single(f => f.Key == FactKeys.Title).Verified);
    }

    private sealed class FixedTime(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }
}
