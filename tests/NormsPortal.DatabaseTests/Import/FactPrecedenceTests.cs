using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Import;

/// <summary>Whose value wins: curated facts over imported ones, English over other languages.</summary>
public sealed class FactPrecedenceTests
{
    private const string CuratedTitle = "Advancing responsible State behaviour in cyberspace (curated)";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Import_OverACuratorFact_LeavesItUntouchedAndStoresTheImportedValueBeside(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SeedWorkAsync(database, FactOrigin.Curator, CuratedTitle);
        var before = await CuratedFactAsync(database);
        var importer = new DocumentImporter(new TestContextFactory(database));

        var first = await importer.ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);
        var changed = SampleDocuments.Resolution();
        changed.Provisions[1].Text = "Noting with appreciation the report of the Group,";
        var second = await importer.ImportAsync(changed, cancellationToken: Cancel);

        Assert.Equal((ImportOutcome.Imported, ImportOutcome.Updated), (first.Outcome, second.Outcome));
        Assert.Contains(first.Messages, m => m.Code == ImportCodes.CuratedValueKept);
        var after = await CuratedFactAsync(database);
        Assert.Equal(before, after);
        var work = await Stored.LoadWorkAsync(database, SampleDocuments.Symbol);
        Assert.Equal(CuratedTitle, work.Title);
        var beside = Assert.Single(work.Facts, f => f.Key == "title.imported");
        Assert.Equal((SampleDocuments.EnglishTitle, FactOrigin.Import, true, 1L), (beside.Value, beside.Origin, beside.Verified, beside.Version));
        Assert.Empty(work.Facts.Single(f => f.Key == FactKeys.Title).History);
    }

    /// <summary>
    /// A seed fact is curated data: it stays. The differing imported value is not put in its history
    /// (the fact never held it) but stored beside it as an unverified fact <c>title.imported</c>,
    /// which a curator can confirm or dismiss; it goes once the import agrees with the seed.
    /// </summary>
    [Theory, DatabaseData]
    public async Task Import_OverASeedFactWithAnotherValue_KeepsTheSeedAndStoresTheImportedValueBesideUntilTheyAgree(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SeedWorkAsync(database, FactOrigin.Seed, CuratedTitle);
        var importer = new DocumentImporter(new TestContextFactory(database));

        await importer.ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);

        var work = await Stored.LoadWorkAsync(database, SampleDocuments.Symbol);
        var seed = work.Facts.Single(f => f.Key == FactKeys.Title);
        Assert.Equal((CuratedTitle, FactOrigin.Seed, true, 1L), (seed.Value, seed.Origin, seed.Verified, seed.Version));
        Assert.Equal(CuratedTitle, work.Title);
        Assert.Equal(SampleDocuments.EnglishTitle, Assert.Single(work.Facts, f => f.Key == "title.imported").Value);

        var agreeing = SampleDocuments.Resolution();
        agreeing.Title = CuratedTitle;
        await importer.ImportAsync(agreeing, cancellationToken: Cancel);

        var reread = await Stored.LoadWorkAsync(database, SampleDocuments.Symbol);
        Assert.DoesNotContain(reread.Facts, f => f.Key == "title.imported");
        Assert.Equal(1, reread.Facts.Single(f => f.Key == FactKeys.Title).Version);
    }

    [Theory, DatabaseData]
    public async Task Import_OverASeedFactWithTheSameValue_ChangesNothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SeedWorkAsync(database, FactOrigin.Seed, SampleDocuments.EnglishTitle);
        var before = await CuratedFactAsync(database);
        var importer = new DocumentImporter(new TestContextFactory(database));

        var result = await importer.ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);

        Assert.DoesNotContain(result.Messages, m => m.Code == ImportCodes.CuratedValueKept);
        Assert.Equal(before, await CuratedFactAsync(database));
        var work = await Stored.LoadWorkAsync(database, SampleDocuments.Symbol);
        Assert.DoesNotContain(work.Facts, f => f.Key == "title.imported");
        Assert.Equal("seed documents.json", work.Facts.Single(f => f.Key == FactKeys.Title).Source);
    }

    [Theory, DatabaseData]
    public async Task Import_FrenchThenEnglish_KeepsTheEnglishTitleAndTheFrenchOneUnderItsLanguage(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));

        var french = await importer.ImportAsync(SampleDocuments.Resolution("fr"), cancellationToken: Cancel);
        var frenchOnly = await Stored.LoadWorkAsync(database, SampleDocuments.Symbol);
        var english = await importer.ImportAsync(SampleDocuments.Resolution("en"), cancellationToken: Cancel);

        Assert.Equal((ImportOutcome.Imported, ImportOutcome.Imported), (french.Outcome, english.Outcome));
        // Until the English text comes, lists show the French title and the French names.
        Assert.Equal((SampleDocuments.FrenchTitle, "Assemblée générale"), (frenchOnly.Title, frenchOnly.Body));
        var work = await Stored.LoadWorkAsync(database, SampleDocuments.Symbol);
        AssertEnglishWins(work);
    }

    [Theory, DatabaseData]
    public async Task Import_EnglishThenFrench_DoesNotLetTheFrenchDocumentDisplaceEnglishValues(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));

        await importer.ImportAsync(SampleDocuments.Resolution("en"), cancellationToken: Cancel);
        var french = SampleDocuments.Resolution("fr");
        french.AgendaItem = "94";
        french.Sponsors.Add("France");
        var result = await importer.ImportAsync(french, cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        var kept = Assert.Single(result.Messages);
        Assert.Equal((ImportCodes.ImportedValueKept, "agendaItem: kept '93' from UN AKN file of A/RES/74/28, English; this document says '94'."), (kept.Code, kept.Text));
        var work = await Stored.LoadWorkAsync(database, SampleDocuments.Symbol);
        AssertEnglishWins(work);
        Assert.Equal("93", work.Facts.Single(f => f.Key == FactKeys.AgendaItem).Value);
        Assert.Equal(4, work.Sponsors.Count);
        Assert.All(work.Facts.Where(f => !f.Key.EndsWith(".fr", StringComparison.Ordinal)), f => Assert.Equal(1, f.Version));
    }

    private static void AssertEnglishWins(Work work)
    {
        Assert.Equal(["en", "fr"], work.Expressions.Select(e => e.Language).Order(StringComparer.Ordinal));
        Assert.Equal(SampleDocuments.EnglishTitle, work.Title);
        Assert.Equal(("General Assembly", "First Committee"), (work.Body, work.Committee));
        Assert.Equal(SampleDocuments.EnglishTitle, work.Facts.Single(f => f.Key == FactKeys.Title).Value);
        var frenchTitle = work.Facts.Single(f => f.Key == "title.fr");
        Assert.Equal((SampleDocuments.FrenchTitle, "UN AKN file of A/RES/74/28, French"), (frenchTitle.Value, frenchTitle.Source));
        Assert.Equal("46th plenary meeting", work.Facts.Single(f => f.Key == FactKeys.Meeting).Value);
        Assert.Equal("46e séance plénière", work.Facts.Single(f => f.Key == "meeting.fr").Value);
        Assert.Equal("À l’issue d’un vote enregistré", work.Facts.Single(f => f.Key == "adoptionMode.fr").Value);
        Assert.DoesNotContain(work.Facts, f => f.Key is "date.fr" or "session.fr" or "agendaItem.fr");
        Assert.Equal("United States of America", work.Sponsors.Single(s => s.Role == SponsorRole.Sponsor && s.Ordinal == 1).Name);
        // Each language is its own text, in the same anchors.
        var anchors = work.Expressions.Select(e => e.Provisions.OrderBy(p => p.Ordinal).Select(p => p.Anchor).ToList()).ToList();
        Assert.Equal(anchors[0], anchors[1]);
        Assert.StartsWith("[fr] ", work.Expressions.Single(e => e.Language == "fr").Provisions.Single(p => p.Anchor == "op1").Text, StringComparison.Ordinal);
    }

    private static async Task SeedWorkAsync(TestDatabase database, FactOrigin origin, string title)
    {
        await using var db = database.CreateContext();
        var work = new Work { Symbol = SampleDocuments.Symbol, Kind = WorkKind.GaResolution, Title = title };
        work.Facts.Add(new Fact { Key = FactKeys.Title, Value = title, Source = "seed documents.json", Verified = origin == FactOrigin.Seed, Origin = origin });
        db.Works.Add(work);
        await db.SaveChangesAsync(Cancel);
    }

    private static async Task<(string Value, string? Source, FactOrigin Origin, long Version, DateTime UpdatedAt)> CuratedFactAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var fact = await db.Facts.SingleAsync(f => f.Key == FactKeys.Title, Cancel);
        return (fact.Value, fact.Source, fact.Origin, fact.Version, fact.UpdatedAt);
    }
}
