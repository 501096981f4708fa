using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Seeding;

namespace NormsPortal.Data.Corpus;

/// <summary>What loading the shipped corpus did: the catalogue seeding, the text import and the files that could not be read.</summary>
/// <param name="Catalog">The first seeding pass, before the texts.</param>
/// <param name="CatalogAfterTexts">The second pass, which fills the norms' quotes from the stored text.</param>
/// <param name="Texts">The import of every text, one result per document and language.</param>
/// <param name="Problems">Files that gave no document, each naming its file.</param>
public sealed record CorpusLoadReport(
    CatalogSeedingResult Catalog,
    CatalogSeedingResult CatalogAfterTexts,
    ImportSummary Texts,
    IReadOnlyList<ImportMessage> Problems);
