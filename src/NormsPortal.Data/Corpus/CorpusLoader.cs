using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Import.UnText;
using NormsPortal.Data.Model;
using NormsPortal.Data.Reuse;
using NormsPortal.Data.Search.Index;
using NormsPortal.Data.Seeding;

namespace NormsPortal.Data.Corpus;

/// <summary>
/// Loads the corpus the portal ships, idempotently, so it can run at every start: running it again
/// changes nothing, and nothing curators did is lost (see <see cref="CatalogSeeder"/> and
/// <see cref="DocumentImporter"/> for the rules). Order matters:
/// <list type="number">
/// <item>the catalogue first, so that the curated, sourced facts are there before imports add theirs;</item>
/// <item>the texts: the revised draft A/C.1/73/L.27/Rev.1, stored also as the text of A/RES/73/27,
/// and the UN's Akoma Ntoso files in every language, each document in its own transaction;</item>
/// <item>the catalogue again, which fills the norms' quotes from the text of 73/27 now stored.</item>
/// </list>
/// </summary>
public sealed class CorpusLoader(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>The resolution adopted from the draft the seed text holds.</summary>
    public const string DraftAdoptedAs = "A/RES/73/27";

    /// <summary>Loads the corpus whatever was loaded before (each document still found unchanged by its content hash).</summary>
    public async Task<CorpusLoadReport> LoadAsync(CorpusFolders folders, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folders);
        return await LoadAsync(folders, await FingerprintAsync(folders, cancellationToken), progress, cancellationToken);
    }

    /// <summary>
    /// Loads the corpus unless the last load that completed was of these very files into this schema
    /// (<see cref="ShippedCorpusFingerprint"/>); then it returns null without parsing a file: a start of an unchanged
    /// portal only hashes the files.
    /// </summary>
    public async Task<CorpusLoadReport?> LoadIfChangedAsync(CorpusFolders folders, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var fingerprint = await FingerprintAsync(folders, cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var loaded = await db.ShippedCorpusLoads.AsNoTracking()
                .Where(l => l.Id == ShippedCorpusLoad.SingleRowId)
                .Select(l => l.Fingerprint)
                .SingleOrDefaultAsync(cancellationToken);
            if (loaded == fingerprint)
            {
                return null;
            }
        }

        return await LoadAsync(folders, fingerprint, progress, cancellationToken);
    }

    /// <summary>Loads the files whose fingerprint was taken before reading them, and stores it once they are all loaded.</summary>
    private async Task<CorpusLoadReport> LoadAsync(CorpusFolders folders, string fingerprint, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var catalog = SeedCatalog.Load(folders.Catalog);
        var first = await SeedAsync(catalog, cancellationToken);

        var draft = await UnTextFile.ParseAsync(folders.DraftText, cancellationToken: cancellationToken);
        var akn = await ImportSources.ReadAsync(folders.Akn, cancellationToken);
        var requests = akn.Documents.Select(d => new ImportRequest(d))
            .Prepend(new ImportRequest(draft, new ImportOptions { TextOf = new TextOfWork(DraftAdoptedAs) }));
        var importer = new DocumentImporter(contexts, new CrossReferenceFinder());
        var texts = await importer.ImportManyAsync(requests, progress, cancellationToken);

        var second = await SeedAsync(catalog, cancellationToken);
        // Writes index as they save; these repair a database that held texts before the search or reuse index existed.
        await SearchIndexer.IndexMissingAsync(contexts, cancellationToken);
        await ReuseIndexer.IndexMissingAsync(contexts, cancellationToken);
        if (texts.Failed == 0)
        {
            // A text that failed is tried again at the next start. A file that gives no document (the UN's empty
            // Russian 74/28) does not hold the fingerprint back: reading it again gives nothing either.
            await RememberAsync(fingerprint, cancellationToken);
        }

        return new CorpusLoadReport(first, second, texts, akn.Problems);
    }

    private async Task<string> FingerprintAsync(CorpusFolders folders, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ShippedCorpusFingerprint.OfAsync(folders.Root, db.Database.GetMigrations().LastOrDefault(), cancellationToken);
    }

    private async Task RememberAsync(string fingerprint, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var load = await db.ShippedCorpusLoads.SingleOrDefaultAsync(l => l.Id == ShippedCorpusLoad.SingleRowId, cancellationToken);
        if (load is null)
        {
            load = new ShippedCorpusLoad { Id = ShippedCorpusLoad.SingleRowId, Fingerprint = fingerprint };
            db.ShippedCorpusLoads.Add(load);
        }

        load.Fingerprint = fingerprint;
        load.LoadedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<CatalogSeedingResult> SeedAsync(SeedCatalog catalog, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CatalogSeeder.SeedAsync(db, catalog, cancellationToken);
    }
}
