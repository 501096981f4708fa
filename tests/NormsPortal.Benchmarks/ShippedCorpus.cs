using NormsPortal.Data.Corpus;

namespace NormsPortal.Benchmarks;

/// <summary>The shipped corpus (the app's SeedData) in a benchmark's new database, as start-up would seed it.</summary>
internal static class ShippedCorpus
{
    public static async Task SeedAsync(BenchmarkDatabase database, string provider, TextWriter progressOutput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(progressOutput);
        await database.MigrateAsync(cancellationToken);
        progressOutput.WriteLine($"  {provider}: seeding the shipped corpus …");
        var seeded = await new CorpusLoader(database).LoadAsync(CorpusFolders.BesideApp(), null, cancellationToken);
        if (seeded.Texts.Failed > 0)
        {
            throw new InvalidOperationException($"{seeded.Texts.Failed} shipped texts failed to import.");
        }
    }
}
