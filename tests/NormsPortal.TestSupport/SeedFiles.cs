using NormsPortal.Data.Seeding;

namespace NormsPortal.DatabaseTests.Seeding;

/// <summary>The seed catalogue shipped in the repository, found by walking up from the test's output folder.</summary>
internal static class SeedFiles
{
    private static readonly Lazy<SeedCatalog> s_catalog = new(() => SeedCatalog.Load(FindSeedDirectory()));

    public static SeedCatalog Catalog => s_catalog.Value;

    /// <summary>The catalogue with one document changed.</summary>
    public static SeedCatalog WithDocument(string symbol, Func<SeedDocument, SeedDocument> change) =>
        Catalog with { Documents = Catalog.Documents.Select(d => d.Symbol == symbol ? change(d) : d).ToList() };

    private static string FindSeedDirectory()
    {
        var relative = Path.Combine("src", "NormsPortal.Data", "SeedData", "seed");
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (File.Exists(Path.Combine(candidate, SeedCatalog.DocumentsFile)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No {relative} above {AppContext.BaseDirectory}.");
    }
}
