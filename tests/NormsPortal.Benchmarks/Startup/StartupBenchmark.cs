using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NormsPortal.EndToEndTests.Infrastructure;

namespace NormsPortal.Benchmarks.Startup;

/// <summary>
/// One way of starting the portal: a published folder and the settings it starts with; <paramref name="CorpusLoadForgotten"/>
/// deletes the fingerprint of the last corpus load before each start, so the corpus check parses every file as it
/// did before the fingerprint was stored (the baseline).
/// </summary>
internal sealed record StartupVariant(string Label, PublishedPortal App, IReadOnlyDictionary<string, string> Settings, bool CorpusLoadForgotten = false);

/// <summary>
/// Start to first page on one provider: the shipped corpus in a new database, then, round after round, each
/// variant started in turn (<c>dotnet NormsPortal.Web.dll</c>, Production) and timed from the process start to
/// the first 200 of <see cref="FirstPage"/>, then stopped. Taking the variants in turn lets each see the same machine.
/// </summary>
internal sealed class StartupBenchmark(int rounds, TextWriter progressOutput)
{
    /// <summary>The page a reader first asks for: a norm, with its text, lineage and citations read from the database.</summary>
    public const string FirstPage = "/norms/1.6";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    public async Task RunAsync(
        StartupProviderRun run, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase, IReadOnlyList<StartupVariant> variants, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(createDatabase);
        ArgumentNullException.ThrowIfNull(variants);
        await using var database = await createDatabase(cancellationToken);
        await ShippedCorpus.SeedAsync(database, run.Provider, progressOutput, cancellationToken);

        run.LoadBefore = MachineLoad.Now();
        for (var round = 1; round <= rounds; round++)
        {
            progressOutput.WriteLine($"  {run.Provider}: round {round} of {rounds} …");
            foreach (var variant in variants)
            {
                if (variant.CorpusLoadForgotten)
                {
                    await using var db = database.CreateDbContext();
                    await db.ShippedCorpusLoads.ExecuteDeleteAsync(cancellationToken);
                }

                var time = await TimeStartAsync(variant, database.PortalEnvironment(), cancellationToken);
                run.Starts.TryAdd(variant.Label, []);
                run.Starts[variant.Label].Add(time);
            }
        }

        run.LoadAfter = MachineLoad.Now();
    }

    private static async Task<TimeSpan> TimeStartAsync(StartupVariant variant, IReadOnlyDictionary<string, string> database, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.FindFree()}/");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = variant.App.Folder.FullName,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(variant.App.Assembly);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(address.GetLeftPart(UriPartial.Authority));
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in database.Concat(variant.Settings))
        {
            startInfo.Environment[name] = value;
        }

        using var http = new HttpClient { BaseAddress = address, Timeout = StartTimeout };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (true)
            {
                if (process.HasExited || clock.Elapsed > StartTimeout)
                {
                    throw new InvalidOperationException($"{variant.Label}: no page within {StartTimeout.TotalSeconds} s (exit {(process.HasExited ? process.ExitCode : "none")}):"
                        + Environment.NewLine + string.Join(Environment.NewLine, output.TakeLast(20)));
                }

                try
                {
                    using var response = await http.GetAsync(new Uri(FirstPage.TrimStart('/'), UriKind.Relative), cancellationToken);
                    await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        return clock.Elapsed;
                    }

                    throw new InvalidOperationException($"{variant.Label}: {FirstPage} answered {(int)response.StatusCode}.");
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(PollInterval, cancellationToken);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }
}

/// <summary>What the start-up benchmark measured on one provider: each variant's start times.</summary>
internal sealed class StartupProviderRun(string provider)
{
    public string Provider { get; } = provider;

    public Dictionary<string, List<TimeSpan>> Starts { get; } = [];

    public string LoadBefore { get; set; } = "n/a";

    public string LoadAfter { get; set; } = "n/a";

    public string? Aborted { get; set; }
}
