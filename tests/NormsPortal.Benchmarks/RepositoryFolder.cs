namespace NormsPortal.Benchmarks;

/// <summary>The repository the benchmark was built from (its tool manifest, its projects): the folder above the output that holds the solution.</summary>
internal static class RepositoryFolder
{
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NormsPortal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No NormsPortal.sln above the benchmark: run it from the repository's build output.");
    }
}
