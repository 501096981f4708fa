using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.Data.Seeding;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.TestSupport;

namespace NormsPortal.DatabaseTests.Seeding;

/// <summary>The seed catalogue written to a real database: complete, idempotent, respectful of curators, all or nothing.</summary>
public sealed class CatalogSeederTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Seed_EmptyDatabase_WritesTheWholeCatalogue(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            var result = await CatalogSeeder.SeedAsync(db, SeedFiles.Catalog, Cancel);

            Assert.Equal(
                new CatalogSeedingResult { WorksAdded = 31, FactsAdded = 226, VotesAdded = 19, RelationsAdded = 3, TracksAdded = 5, TrackMembersAdded = 38, NormsAdded = 13 },
                result);
        }

        await using var read = database.CreateContext();
        Assert.Equal(31, await read.Works.CountAsync(Cancel));
        Assert.Equal(226, await read.Facts.CountAsync(Cancel));
        // Verified only where the sources name an official UN source: most seed facts were seen on other sites, or have no source.
        Assert.Equal(182, await read.Facts.CountAsync(f => !f.Verified, Cancel));
        Assert.All(await read.Facts.ToListAsync(Cancel), f => Assert.Equal(FactOrigin.Seed, f.Origin));
        Assert.Empty(await read.FactRevisions.ToListAsync(Cancel));

        var report = await read.Works.Include(w => w.Facts).SingleAsync(w => w.Symbol == "A/65/201", Cancel);
        var believedTitle = Assert.Single(report.Facts, f => f.Key == FactKeys.Title);
        Assert.False(believedTitle.Verified);
        Assert.StartsWith("Report of the Group of Governmental Experts", believedTitle.Value, StringComparison.Ordinal);
        // The column copies the believed title (the fact says it is unverified); "2010-07-30 (not seen)" is no date.
        Assert.Equal(believedTitle.Value, report.Title);
        Assert.Null(report.Date);

        var resolution = await read.Works.Include(w => w.Facts).SingleAsync(w => w.Symbol == "A/RES/73/27", Cancel);
        Assert.Equal(("Developments in the field of information and telecommunications in the context of international security", new DateOnly(2018, 12, 5), 73), (resolution.Title, resolution.Date, resolution.Session));
        // The curators confirmed the title from a data set and a third-party page, no UN source: not verified.
        Assert.False(Assert.Single(resolution.Facts, f => f.Key == FactKeys.Title).Verified);

        Assert.Equal(19, await read.Votes.CountAsync(Cancel));
        Assert.Equal(1, await read.Votes.CountAsync(v => !v.Verified, Cancel));
        var countryVotes = await read.Votes
            .Where(v => v.CountryVotes.Count > 0)
            .Select(v => new { v.Work.Symbol, v.Yes, v.No, v.Abstain, Total = v.CountryVotes.Count, Yeses = v.CountryVotes.Count(c => c.Choice == CountryVoteChoice.Yes) })
            .ToListAsync(Cancel);
        Assert.Equal(SeedFiles.Catalog.RollCalls.Select(r => r.Resolution).Order(StringComparer.Ordinal), countryVotes.Select(v => v.Symbol).Order(StringComparer.Ordinal));
        Assert.All(countryVotes, v => Assert.Equal((v.Yes + v.No + v.Abstain, v.Yes), (v.Total, v.Yeses)));
        Assert.Equal(
            "Union of Soviet Socialist Republics",
            await read.CountryVotes.Where(c => c.CountryCode == "RUS" && read.Votes.Any(v => v.Id == c.VoteId && v.Work.Symbol == "A/RES/36/103")).Select(c => c.CountryName).SingleAsync(Cancel));

        var tracks = await read.Tracks.Include(t => t.Members).OrderBy(t => t.Ordinal).ToListAsync(Cancel);
        Assert.Equal(["developments", "responsible-behaviour", "programme-of-action", "ict-crime", "precursors"], tracks.Select(t => t.Key));
        Assert.Equal(SeedFiles.Catalog.Tracks[0].Members, tracks[0].Members.OrderBy(m => m.Ordinal).Select(m => m.WorkSymbol));
        Assert.Equal(["A/RES/36/103", "A/RES/43/78 H"], tracks[4].Members.OrderBy(m => m.Ordinal).Select(m => m.WorkSymbol));

        var endorsements = await read.WorkRelations
            .Select(r => new { Resolution = read.Works.Single(w => w.Id == r.SourceWorkId).Symbol, r.Kind, r.TargetSymbol, r.Source })
            .OrderBy(r => r.TargetSymbol)
            .ToListAsync(Cancel);
        Assert.Equal(
            [("A/RES/65/41", "A/65/201"), ("A/RES/68/243", "A/68/98"), ("A/RES/70/237", "A/70/174")],
            endorsements.Select(r => (r.Resolution, r.TargetSymbol)));
        Assert.All(endorsements, r => Assert.Equal(WorkRelationKind.Endorses, r.Kind));
        Assert.All(endorsements, r => Assert.Contains("UNGA considered and endorsed", r.Source, StringComparison.Ordinal));

        var norms = await read.Norms.Include(n => n.Counterparts).OrderBy(n => n.Ordinal).ToListAsync(Cancel);
        Assert.Equal(Enumerable.Range(1, 13).Select(i => $"1.{i}"), norms.Select(n => n.Number));
        Assert.Equal(15, norms.Sum(n => n.Counterparts.Count));
        Assert.Equal(("Do not damage critical infrastructure", "A/RES/73/27", "op1.6", ""), (norms[5].Label, norms[5].Statement.Symbol, norms[5].Statement.Anchor, norms[5].Statement.Quote));
        var infrastructure = Assert.Single(norms[5].Counterparts);
        Assert.Equal(("A/70/174", "op13f", "A/70/174, para. 13 (f)", true), (infrastructure.Target.Symbol, infrastructure.Target.Anchor, infrastructure.Citation, infrastructure.Verified));
        Assert.Equal(["A/70/174, para. 13 (c)", "A/70/174, para. 28 (e)"], norms[2].Counterparts.OrderBy(c => c.Id).Select(c => c.Citation));
        var earlier = Assert.Single(norms[12].Counterparts);
        Assert.Equal(("A/68/98", "op24", "A/68/98, para. 24", false), (earlier.Target.Symbol, earlier.Target.Anchor, earlier.Citation, earlier.Verified));
        Assert.StartsWith("its first sentence appears to restate the 2013 report", earlier.Note, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task Seed_SecondTime_ChangesNothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            await CatalogSeeder.SeedAsync(db, SeedFiles.Catalog, Cancel);
        }

        IReadOnlyList<string> before;
        await using (var db = database.CreateContext())
        {
            before = await DatabaseSnapshot.TakeAsync(db, Cancel);
        }

        await using (var db = database.CreateContext())
        {
            var result = await CatalogSeeder.SeedAsync(db, SeedFiles.Catalog, Cancel);
            Assert.False(result.ChangedAnything, result.ToString());
        }

        await using var read = database.CreateContext();
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(read, Cancel));
    }

    [Theory, DatabaseData]
    public async Task Seed_CountryVotesStoredBeforeTheStatesVocabulary_TakeTheirStatesAlpha3Code(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            await CatalogSeeder.SeedAsync(db, SeedFiles.Catalog, Cancel);
            // As an earlier portal stored them: Voeten's alpha-2 codes, or none.
            await db.CountryVotes.Where(c => c.CountryCode == "RUS").ExecuteUpdateAsync(u => u.SetProperty(c => c.CountryCode, "RU"), Cancel);
            await db.CountryVotes.Where(c => c.CountryCode == "FRA").ExecuteUpdateAsync(u => u.SetProperty(c => c.CountryCode, (string?)null), Cancel);
        }

        var stale = await CountAsync(database, c => c.CountryCode == "RU" || c.CountryCode == null);
        CatalogSeedingResult coded, again;
        await using (var db = database.CreateContext())
        {
            coded = await CatalogSeeder.SeedAsync(db, SeedFiles.Catalog, Cancel);
            again = await CatalogSeeder.SeedAsync(db, SeedFiles.Catalog, Cancel);
        }

        Assert.True(stale > 0);
        Assert.Equal(new CatalogSeedingResult { CountryVotesCoded = stale }, coded);
        Assert.False(again.ChangedAnything);
        Assert.Equal(0, await CountAsync(database, c => c.CountryCode == null || c.CountryCode.Length != 3));
        Assert.Equal(stale, await CountAsync(database, c => c.CountryCode == "RUS" || c.CountryCode == "FRA"));
    }

    private static async Task<int> CountAsync(TestDatabase database, System.Linq.Expressions.Expression<Func<CountryVote, bool>> predicate)
    {
        await using var db = database.CreateContext();
        return await db.CountryVotes.CountAsync(predicate, Cancel);
    }

    [Theory, DatabaseData]
    public async Task Seed_AfterCuratorsChangedThings_KeepsTheirChanges(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            await CatalogSeeder.SeedAsync(db, SeedFiles.Catalog, Cancel);
        }

        await using (var db = database.CreateContext())
        {
            var work = await db.Works.Include(w => w.Facts).SingleAsync(w => w.Symbol == "A/RES/73/27", Cancel);
            var title = work.Facts.Single(f => f.Key == FactKeys.Title);
            (title.Value, title.Source, title.Origin) = ("Curated title", "Checked against the printed copy", FactOrigin.Curator);
            work.Title = "Curated title";
            (await db.Norms.SingleAsync(n => n.Number == "1.6", Cancel)).Label = "Curated label";
            (await db.Votes.SingleAsync(v => v.Work.Symbol == "A/RES/71/28", Cancel)).Verified = true;
            await db.SaveChangesAsync(Cancel);
        }

        // A newer seed file that also changes the title and the label must not undo the curators' work.
        var newer = SeedFiles.WithDocument("A/RES/73/27", d => d with { Title = "A newer seed title" });
        newer = newer with { Norms = newer.Norms.Select(n => n.Number == "1.6" ? n with { Label = "A newer seed label" } : n).ToList() };
        await using (var db = database.CreateContext())
        {
            var result = await CatalogSeeder.SeedAsync(db, newer, Cancel);
            Assert.False(result.ChangedAnything, result.ToString());
        }

        await using var read = database.CreateContext();
        var reread = await read.Works.Include(w => w.Facts).ThenInclude(f => f.History).SingleAsync(w => w.Symbol == "A/RES/73/27", Cancel);
        var curated = reread.Facts.Single(f => f.Key == FactKeys.Title);
        Assert.Equal(("Curated title", FactOrigin.Curator, "Curated title"), (curated.Value, curated.Origin, reread.Title));
        Assert.Empty(curated.History);
        Assert.Equal("Curated label", (await read.Norms.SingleAsync(n => n.Number == "1.6", Cancel)).Label);
        Assert.True((await read.Votes.SingleAsync(v => v.Work.Symbol == "A/RES/71/28", Cancel)).Verified);
    }

    [Theory, DatabaseData]
    public async Task Seed_ChangedSeedValue_UpdatesTheSeedFactAndKeepsTheOldValueInItsHistory(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            await CatalogSeeder.SeedAsync(db, SeedFiles.Catalog, Cancel);
        }

        var original = SeedFiles.Catalog.FindDocument("A/RES/73/27")!;
        var confirmedReportTitle = SeedFiles.Catalog.FindDocument("A/65/201")!.Unverified.Single(u => u.Key == "title").Value;
        var newer = SeedFiles.WithDocument("A/RES/73/27", d => d with { Title = "A corrected title" });
        newer = newer with
        {
            Documents = newer.Documents
                .Select(d => d.Symbol == "A/65/201"
                    ? d with
                    {
                        Title = confirmedReportTitle,
                        Unverified = d.Unverified.Where(u => u.Key != "title").ToList(),
                        Sources = [.. d.Sources.Where(s => s.Key != "official_title"), new SeedSource("official_title", "page https://undocs.org/A/65/201")],
                    }
                    : d)
                .ToList(),
        };
        await using (var db = database.CreateContext())
        {
            var result = await CatalogSeeder.SeedAsync(db, newer, Cancel);
            Assert.Equal(new CatalogSeedingResult { FactsUpdated = 2 }, result);
        }

        await using var read = database.CreateContext();
        var work = await read.Works.Include(w => w.Facts).ThenInclude(f => f.History).SingleAsync(w => w.Symbol == "A/RES/73/27", Cancel);
        var title = work.Facts.Single(f => f.Key == FactKeys.Title);
        Assert.Equal(("A corrected title", FactOrigin.Seed, 2L), (title.Value, title.Origin, title.Version));
        Assert.Equal(("A corrected title", 2L), (work.Title, work.Version));
        var revision = Assert.Single(title.History);
        Assert.Equal((original.Title, original.Sources[0].Text, false, FactOrigin.Seed, CatalogSeeder.Actor), (revision.OldValue, revision.OldSource, revision.OldVerified, revision.OldOrigin, revision.RevisedBy));
        Assert.Equal(("A corrected title", FactOrigin.Seed), (revision.NewValue, revision.NewOrigin));
        Assert.All(work.Facts.Where(f => f.Key != FactKeys.Title), f => Assert.Equal(1, f.Version));

        var report = await read.Works.Include(w => w.Facts).SingleAsync(w => w.Symbol == "A/65/201", Cancel);
        Assert.Equal(confirmedReportTitle, report.Title);
        Assert.True(report.Facts.Single(f => f.Key == FactKeys.Title).Verified);
        Assert.Equal(2, await read.FactRevisions.CountAsync(Cancel));
    }

    [Theory, DatabaseData]
    public async Task Seed_FailingMidway_LeavesAnEmptyDatabaseEmpty(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            // Norms are written last, after the works and tracks: two norms with one number break its unique index.
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => CatalogSeeder.SeedAsync(db, WithDuplicatedNewNorm(SeedFiles.Catalog), Cancel));
        }

        await using var read = database.CreateContext();
        Assert.Equal((0, 0, 0, 0, 0), (await read.Works.CountAsync(Cancel), await read.Facts.CountAsync(Cancel), await read.Votes.CountAsync(Cancel), await read.Tracks.CountAsync(Cancel), await read.Norms.CountAsync(Cancel)));
    }

    [Theory, DatabaseData]
    public async Task Seed_FailingMidway_LeavesASeededDatabaseAsItWas(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            await CatalogSeeder.SeedAsync(db, SeedFiles.Catalog, Cancel);
        }

        IReadOnlyList<string> before;
        await using (var db = database.CreateContext())
        {
            before = await DatabaseSnapshot.TakeAsync(db, Cancel);
        }

        var failing = WithDuplicatedNewNorm(SeedFiles.WithDocument("A/RES/73/27", d => d with { Title = "A corrected title" }));
        failing = failing with { Tracks = [.. failing.Tracks, new SeedTrack("new-track", "A new track", ["A/RES/80/1"])] };
        await using (var db = database.CreateContext())
        {
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => CatalogSeeder.SeedAsync(db, failing, Cancel));
        }

        await using var read = database.CreateContext();
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(read, Cancel));
    }

    [Theory, DatabaseData]
    public async Task Seed_AfterTheTextImport_QuotesTheNormsItHoldsAndFillsTheOthersLater(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            db.Works.Add(ImportedResolution());
            await db.SaveChangesAsync(Cancel);
        }

        await using (var db = database.CreateContext())
        {
            var result = await CatalogSeeder.SeedAsync(db, SeedFiles.Catalog, Cancel);
            Assert.Equal((30, 13, 0), (result.WorksAdded, result.NormsAdded, result.NormQuotesFilled));
        }

        await using (var db = database.CreateContext())
        {
            var norms = await db.Norms.OrderBy(n => n.Ordinal).ToListAsync(Cancel);
            Assert.Equal(InfrastructureText, norms[5].Statement.Quote);
            Assert.All(norms.Where(n => n.Number != "1.6"), n => Assert.Equal("", n.Statement.Quote));

            // The importer's title stays; the seed adds what the import did not have and leaves the title column to the importer.
            var work = await db.Works.Include(w => w.Facts).SingleAsync(w => w.Symbol == "A/RES/73/27", Cancel);
            var title = work.Facts.Single(f => f.Key == FactKeys.Title);
            Assert.Equal(("Imported title", FactOrigin.Import, 1L), (title.Value, title.Origin, title.Version));
            Assert.Equal(("Imported title", new DateOnly(2018, 12, 5)), (work.Title, work.Date));
            Assert.Equal(FactOrigin.Seed, work.Facts.Single(f => f.Key == FactKeys.Date).Origin);

            // A later import brings paragraph 1.7 and rewords 1.6.
            var english = await db.Expressions.Include(e => e.Provisions).SingleAsync(Cancel);
            english.Provisions.Single(p => p.Anchor == "op1.6").Text = "A reworded paragraph.";
            english.Provisions.Add(new Provision { Kind = ProvisionKind.Item, Number = "1.7", Anchor = "op1.7", Ordinal = 3, Text = ProtectionText });
            await db.SaveChangesAsync(Cancel);
        }

        await using (var db = database.CreateContext())
        {
            var result = await CatalogSeeder.SeedAsync(db, SeedFiles.Catalog, Cancel);
            Assert.Equal(new CatalogSeedingResult { NormQuotesFilled = 1 }, result);
        }

        await using var read = database.CreateContext();
        var reread = await read.Norms.OrderBy(n => n.Ordinal).ToListAsync(Cancel);
        Assert.Equal((ProtectionText, 2L), (reread[6].Statement.Quote, reread[6].Version));
        Assert.Equal((InfrastructureText, 1L), (reread[5].Statement.Quote, reread[5].Version));
    }

    private const string InfrastructureText = "A State should not conduct or knowingly support ICT activity contrary to its obligations under international law that intentionally damages critical infrastructure.";

    private const string ProtectionText = "States should take appropriate measures to protect their critical infrastructure from ICT threats.";

    /// <summary>73/27 as the text import leaves it: a title fact of its own and the English text of two paragraphs.</summary>
    private static Work ImportedResolution()
    {
        var work = new Work { Symbol = "A/RES/73/27", Kind = WorkKind.GaResolution, Title = "Imported title" };
        work.Facts.Add(new Fact { Key = FactKeys.Title, Value = "Imported title", Source = "A_C.1_73_L.27_Rev.1.txt", Verified = true, Origin = FactOrigin.Import });
        var english = new Expression { Language = "en", Source = "A_C.1_73_L.27_Rev.1.txt", SourceFormat = "un-text", TextOfSymbol = "A/C.1/73/L.27/Rev.1" };
        english.Provisions.Add(new Provision { Kind = ProvisionKind.Operative, Number = "1", Anchor = "op1", Ordinal = 1, Text = "Welcomes the following set of international rules, norms and principles of responsible behaviour of States:" });
        english.Provisions.Add(new Provision { Kind = ProvisionKind.Item, Number = "1.6", Anchor = "op1.6", Ordinal = 2, Text = InfrastructureText });
        work.Expressions.Add(english);
        return work;
    }

    private static SeedCatalog WithDuplicatedNewNorm(SeedCatalog catalog)
    {
        var extra = new SeedNorm("1.14", "A norm the resolution does not have", ["13(a)"], null);
        return catalog with { Norms = [.. catalog.Norms, extra, extra] };
    }
}
