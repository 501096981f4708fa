using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Corpus;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Corpus;

/// <summary>Seeding at first start: the shipped corpus, on both providers, idempotent.</summary>
public sealed class CorpusLoaderTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Load_FreshDatabase_HoldsTheCatalogueTheTextsAndTheNorms(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);

        var report = await new CorpusLoader(new TestContextFactory(database)).LoadAsync(CorpusFolders.BesideApp(), null, Cancel);

        Assert.Equal(0, report.Texts.Failed);
        var problem = Assert.Single(report.Problems);
        Assert.Contains("ru/A_RES_74_28.xml", problem.Location ?? problem.Text, StringComparison.Ordinal);

        await using var db = database.CreateContext();
        Assert.True(await db.Works.CountAsync(Cancel) >= 31 + 14);
        var resolution = await db.Works.Include(w => w.Expressions).SingleAsync(w => w.Symbol == "A/RES/73/27", Cancel);
        var english = Assert.Single(resolution.Expressions);
        Assert.Equal(("en", "A/C.1/73/L.27/Rev.1"), (english.Language, english.TextOfSymbol));
        Assert.True(await db.Works.AnyAsync(w => w.Symbol == "A/C.1/73/L.27/Rev.1" && w.Kind == WorkKind.DraftResolution, Cancel));

        var norms = await db.Norms.Include(n => n.Counterparts).OrderBy(n => n.Ordinal).ToListAsync(Cancel);
        Assert.Equal(13, norms.Count);
        var statements = await db.Provisions
            .Where(p => p.ExpressionId == english.Id && p.Anchor.StartsWith("op1."))
            .ToDictionaryAsync(p => p.Anchor, p => p.Text, Cancel);
        foreach (var norm in norms)
        {
            Assert.Equal(("A/RES/73/27", "op" + norm.Number), (norm.Statement.Symbol, norm.Statement.Anchor));
            Assert.Equal(statements[norm.Statement.Anchor], norm.Statement.Quote);
        }

        Assert.Contains(norms.Single(n => n.Number == "1.6").Counterparts, c => c.Citation == "A/70/174, para. 13 (f)");

        // The enacting formula heads every text, from the UN text parser (the seed draft) and from AKN (in six languages).
        var formulas = await db.Provisions.Where(p => p.Kind == ProvisionKind.Formula)
            .Select(p => new { p.Expression.Work.Symbol, p.Expression.Language, p.Anchor, p.Ordinal, p.Text })
            .ToListAsync(Cancel);
        var draftFormula = Assert.Single(formulas, f => f.Symbol == "A/RES/73/27");
        Assert.Equal(("en", "formula", 1, "The General Assembly,"), (draftFormula.Language, draftFormula.Anchor, draftFormula.Ordinal, draftFormula.Text));
        Assert.Equal(
            [("ar", "إن الجمعية العامة،"), ("en", "The General Assembly,"), ("es", "La Asamblea General,"), ("fr", "L’Assemblée générale,"), ("ru", "Генеральная Ассамблея,"), ("zh", "大会，")],
            formulas.Where(f => f.Symbol == "A/RES/77/36").OrderBy(f => f.Language, StringComparer.Ordinal).Select(f => (f.Language, f.Text)));
        Assert.All(formulas, f => Assert.Equal(("formula", 1), (f.Anchor, f.Ordinal)));

        var languagesOf7428 = await db.Expressions.Where(e => e.Work.Symbol == "A/RES/74/28").Select(e => e.Language).OrderBy(l => l).ToListAsync(Cancel);
        Assert.Equal(["ar", "en", "es", "fr", "zh"], languagesOf7428);
        Assert.Equal(6, await db.Expressions.CountAsync(e => e.Work.Symbol == "A/RES/77/36", Cancel));
        Assert.True(await db.CrossReferences.AnyAsync(r => r.SourceWork.Symbol == "A/RES/73/27" && r.TargetSymbol == "A/RES/70/237", Cancel));
    }

    [Theory, DatabaseData]
    public async Task Load_Again_ChangesNothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var loader = new CorpusLoader(new TestContextFactory(database));
        await loader.LoadAsync(CorpusFolders.BesideApp(), null, Cancel);
        var before = await SnapshotAsync(database);

        var again = await loader.LoadAsync(CorpusFolders.BesideApp(), null, Cancel);

        Assert.False(again.Catalog.ChangedAnything);
        Assert.False(again.CatalogAfterTexts.ChangedAnything);
        Assert.Equal(again.Texts.Total, again.Texts.Unchanged);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Theory, DatabaseData]
    public async Task Load_Again_KeepsWhatACuratorChanged(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var loader = new CorpusLoader(new TestContextFactory(database));
        await loader.LoadAsync(CorpusFolders.BesideApp(), null, Cancel);
        await using (var db = database.CreateContext())
        {
            var title = await db.Facts.SingleAsync(f => f.Work.Symbol == "A/RES/74/28" && f.Key == FactKeys.Title, Cancel);
            title.Value = "Curated title";
            title.Origin = FactOrigin.Curator;
            await db.SaveChangesAsync(Cancel);
        }

        await loader.LoadAsync(CorpusFolders.BesideApp(), null, Cancel);

        await using var read = database.CreateContext();
        var kept = await read.Facts.SingleAsync(f => f.Work.Symbol == "A/RES/74/28" && f.Key == FactKeys.Title, Cancel);
        Assert.Equal(("Curated title", FactOrigin.Curator), (kept.Value, kept.Origin));
    }

    [Theory, DatabaseData]
    public async Task LoadIfChanged_SkipsTheFilesOfTheLastCompletedLoad_LoadsAChangedFile_AndTriesAFailedLoadAgain(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var corpus = EnglishCorpusCopy();
        try
        {
            var loader = new CorpusLoader(new TestContextFactory(database));
            Assert.NotNull(await loader.LoadIfChangedAsync(corpus, null, Cancel));

            Assert.Null(await loader.LoadIfChangedAsync(corpus, null, Cancel));

            var draft = await File.ReadAllTextAsync(corpus.DraftText, Cancel);
            await File.WriteAllTextAsync(corpus.DraftText, draft.Replace("Recalling its resolutions", "Recalling all its resolutions", StringComparison.Ordinal), Cancel);
            var changed = await loader.LoadIfChangedAsync(corpus, null, Cancel);
            Assert.Equal(1, changed?.Texts.Updated);
            Assert.Null(await loader.LoadIfChangedAsync(corpus, null, Cancel));

            await File.WriteAllTextAsync(Path.Combine(corpus.Catalog, "documents.json"), "{", Cancel);
            await Assert.ThrowsAnyAsync<Exception>(() => loader.LoadIfChangedAsync(corpus, null, Cancel));
            await Assert.ThrowsAnyAsync<Exception>(() => loader.LoadIfChangedAsync(corpus, null, Cancel));
        }
        finally
        {
            Directory.Delete(corpus.Root, recursive: true);
        }
    }

    /// <summary>A copy of the shipped corpus to change, with the English texts only (a sixth of the parsing).</summary>
    private static CorpusFolders EnglishCorpusCopy()
    {
        var shipped = CorpusFolders.BesideApp();
        var copy = new CorpusFolders(Directory.CreateTempSubdirectory("normsportal-corpus-").FullName);
        foreach (var file in Directory.EnumerateFiles(shipped.Root, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(shipped.Root, file);
            var language = Path.GetFileName(Path.GetDirectoryName(file));
            if (file.StartsWith(shipped.Akn, StringComparison.Ordinal) && Path.GetExtension(file) == ".xml" && language != "en")
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy.Root, name))!);
            File.Copy(file, Path.Combine(copy.Root, name));
        }

        return copy;
    }

    /// <summary>Every row's identity and version in the tables the loader writes: equal snapshots mean nothing was written.</summary>
    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var works = await db.Works.OrderBy(w => w.Id).Select(w => $"{w.Id}:{w.Version}:{w.UpdatedAt:O}").ToListAsync(Cancel);
        var facts = await db.Facts.OrderBy(f => f.Id).Select(f => $"{f.Id}:{f.Version}").ToListAsync(Cancel);
        var expressions = await db.Expressions.OrderBy(e => e.Id).Select(e => $"{e.Id}:{e.Version}").ToListAsync(Cancel);
        var counts = new[]
        {
            await db.Provisions.CountAsync(Cancel), await db.CrossReferences.CountAsync(Cancel), await db.Votes.CountAsync(Cancel),
            await db.CountryVotes.CountAsync(Cancel), await db.Sponsors.CountAsync(Cancel), await db.Norms.CountAsync(Cancel),
            await db.TrackMembers.CountAsync(Cancel), await db.WorkRelations.CountAsync(Cancel), await db.FactRevisions.CountAsync(Cancel),
        };
        return string.Join("|", works.Concat(facts).Concat(expressions).Concat(counts.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
