using NormsPortal.Data.Seeding;

namespace NormsPortal.TestSupport;

/// <summary>The seed files shipped in the repository, found by walking up from the test's output folder.</summary>
public static class SeedFiles
{
    private static readonly Lazy<SeedCatalog> s_catalog = new(() => SeedCatalog.Load(FindSeedDirectory()));

    public static string Directory => FindSeedDirectory();

    /// <summary>The catalogue read from the shipped files, read once per test run.</summary>
    public static SeedCatalog Catalog => s_catalog.Value;

    /// <summary>The catalogue with one document changed.</summary>
    public static SeedCatalog WithDocument(string symbol, Func<SeedDocument, SeedDocument> change) =>
        Catalog with { Documents = Catalog.Documents.Select(d => d.Symbol == symbol ? change(d) : d).ToList() };

    /// <summary>A copy of the seed folder in a fresh temporary folder, for tests that change a file.</summary>
    public static string CopyToTemporaryDirectory()
    {
        var copy = Path.Combine(Path.GetTempPath(), "normsportal-seed-" + Guid.NewGuid().ToString("N"));
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Directory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

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
