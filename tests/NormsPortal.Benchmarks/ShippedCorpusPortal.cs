using NormsPortal.Data.Corpus;
using NormsPortal.EndToEndTests.Infrastructure;

namespace NormsPortal.Benchmarks;

/// <summary>The real portal, as deployed (Production), over a fresh database holding the shipped corpus.</summary>
internal static class ShippedCorpusPortal
{
    /// <summary>
    /// Migrates <paramref name="database"/>, seeds the shipped corpus into it and starts the portal on it, in Production
    /// unless <paramref name="environmentName"/> says otherwise, with <paramref name="settings"/> (environment variables) on top.
    /// </summary>
    public static async Task<PortalAppProcess> StartAsync(
        BenchmarkDatabase database, string provider, TextWriter progress, CancellationToken cancellationToken, string environmentName = "Production",
        IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(progress);
        await database.MigrateAsync(cancellationToken);
        progress.WriteLine($"  {provider}: seeding the shipped corpus …");
        var seeded = await new CorpusLoader(database).LoadAsync(CorpusFolders.BesideApp(), null, cancellationToken);
        if (seeded.Texts.Failed > 0)
        {
            throw new InvalidOperationException($"{seeded.Texts.Failed} shipped texts failed to import.");
        }

        progress.WriteLine($"  {provider}: starting the portal …");
        var environment = new Dictionary<string, string>(database.PortalEnvironment())
        {
            ["ASPNETCORE_ENVIRONMENT"] = environmentName,
            ["Corpus__SeedOnStartup"] = "false",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        return await PortalAppProcess.StartAsync(environment, cancellationToken);
    }
}
