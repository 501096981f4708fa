namespace NormsPortal.Data.Seeding;

/// <summary>
/// Everything the portal seeds from <c>SeedData/seed</c> except the texts: the documents with their
/// facts, sources and votes, the curated tracks, precursors and endorsed reports, the norms and the
/// roll calls. <see cref="Load"/> reads and checks the files; <see cref="CatalogSeeder"/> writes the
/// catalogue to the database.
/// </summary>
public sealed record SeedCatalog(
    IReadOnlyList<SeedDocument> Documents,
    IReadOnlyList<SeedTrack> Tracks,
    IReadOnlyList<string> Precursors,
    IReadOnlyList<SeedReport> Reports,
    IReadOnlyList<SeedNorm> Norms,
    IReadOnlyList<SeedRollCall> RollCalls)
{
    public const string DocumentsFile = "documents.json";
    public const string SeriesFile = "series.json";
    public const string NormSourcesFile = "norm-sources.json";
    public const string RollCallsFile = "votes/rollcalls.csv";
    public const string CountryVotesFile = "votes/country-votes.csv";

    /// <summary>
    /// Reads the seed files in <paramref name="seedDirectory"/> (the folder holding <c>documents.json</c>)
    /// and checks them against each other.
    /// </summary>
    /// <exception cref="InvalidDataException">A file is malformed or the files disagree; the message lists every problem.</exception>
    public static SeedCatalog Load(string seedDirectory)
    {
        ArgumentNullException.ThrowIfNull(seedDirectory);
        var documents = DocumentsFileReader.Read(Path.Combine(seedDirectory, DocumentsFile));
        var series = SeriesFileReader.Read(Path.Combine(seedDirectory, SeriesFile));
        var norms = NormSourcesFileReader.Read(Path.Combine(seedDirectory, NormSourcesFile));
        var rollCalls = VoteTablesReader.Read(Path.Combine(seedDirectory, RollCallsFile), Path.Combine(seedDirectory, CountryVotesFile));
        var catalog = new SeedCatalog(documents, series.Tracks, series.Precursors, series.Reports, norms, rollCalls);
        SeedCatalogValidator.ThrowIfInvalid(catalog);
        return catalog;
    }

    /// <summary>The document with <paramref name="symbol"/> (normalised), if the catalogue has it.</summary>
    public SeedDocument? FindDocument(string symbol) => Documents.FirstOrDefault(d => d.Symbol == symbol);
}
