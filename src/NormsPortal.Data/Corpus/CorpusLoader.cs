using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Import.UnText;
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

    public async Task<CorpusLoadReport> LoadAsync(CorpusFolders folders, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folders);
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
        return new CorpusLoadReport(first, second, texts, akn.Problems);
    }

    private async Task<CatalogSeedingResult> SeedAsync(SeedCatalog catalog, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CatalogSeeder.SeedAsync(db, catalog, cancellationToken);
    }
}
