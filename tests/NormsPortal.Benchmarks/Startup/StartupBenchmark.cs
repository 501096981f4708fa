using System.Collections.Concurrent;
using System.Diagnostics;
using NormsPortal.EndToEndTests.Infrastructure;

namespace NormsPortal.Benchmarks.Startup;

/// <summary>One way of starting the portal: a published folder and the settings (environment variables) it starts with.</summary>
internal sealed record StartupVariant(string Label, PublishedPortal App, IReadOnlyDictionary<string, string> Settings);

/// <summary>
/// Start to first page on one provider: the shipped corpus in a new database, then, round after round, each
/// variant started in turn (<see cref="PublishedPortal.StartCommand"/>, Production) and timed from the process start to
/// the first 200 of <see cref="FirstPage"/>, then stopped. Taking the variants in turn lets each see the same machine.
/// </summary>
internal sealed class StartupBenchmark(int rounds, TextWriter progressOutput)
{
    /// <summary>The page a reader first asks for: a norm, with its text, lineage and citations read from the database.</summary>
    public const string FirstPage = "/norms/1.6";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan FirstResponseLogWait = TimeSpan.FromSeconds(5);

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
                var (time, phases) = await TimeStartAsync(variant, database.PortalEnvironment(), cancellationToken);
                run.Starts.TryAdd(variant.Label, []);
                run.Starts[variant.Label].Add(time);
                foreach (var (phase, milliseconds) in phases)
                {
                    run.Phases.TryAdd((variant.Label, phase), []);
                    run.Phases[(variant.Label, phase)].Add(TimeSpan.FromMilliseconds(milliseconds));
                }
            }
        }

        run.LoadAfter = MachineLoad.Now();
    }

    private static async Task<(TimeSpan FirstPage, IReadOnlyList<(string Phase, double Milliseconds)> Phases)> TimeStartAsync(StartupVariant variant, IReadOnlyDictionary<string, string> database, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.FindFree()}/");
        var (program, arguments) = variant.App.StartCommand;
        var startInfo = new ProcessStartInfo(program)
        {
            WorkingDirectory = variant.App.Folder.FullName,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(address.GetLeftPart(UriPartial.Authority));
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in database.Append(StartupPhases.Setting).Concat(variant.Settings))
        {
            startInfo.Environment[name] = value;
        }

        using var http = new HttpClient { BaseAddress = address, Timeout = StartTimeout };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = new ConcurrentQueue<string>();
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
                        var firstPage = clock.Elapsed;
                        return (firstPage, await PhasesAsync(output, cancellationToken));
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

    /// <summary>
    /// The phases the portal logged; the first response's is logged as the answer leaves, so it is waited for a moment,
    /// unless no phase came before it (a portal that does not log them).
    /// </summary>
    private static async Task<IReadOnlyList<(string Phase, double Milliseconds)>> PhasesAsync(
        ConcurrentQueue<string> output, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (StartupPhases.Read(output) is { Count: > 0 } phases)
        {
            if (phases[^1].Phase.StartsWith(StartupPhases.FirstResponse, StringComparison.Ordinal) || waited.Elapsed > FirstResponseLogWait)
            {
                return phases;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        return [];
    }
}

/// <summary>What the start-up benchmark measured on one provider: each variant's start times and start-up phases.</summary>
internal sealed class StartupProviderRun(string provider)
{
    public string Provider { get; } = provider;

    public Dictionary<string, List<TimeSpan>> Starts { get; } = [];

    /// <summary>Each variant's start-up phases, as the portal logged them (in the order they first came).</summary>
    public Dictionary<(string Variant, string Phase), List<TimeSpan>> Phases { get; } = [];

    public string LoadBefore { get; set; } = "n/a";

    public string LoadAfter { get; set; } = "n/a";

    public string? Aborted { get; set; }
}
