using System.Diagnostics;
using System.Net.Http.Json;
using NormsPortal.Web.Infrastructure.Diagnostics;

namespace NormsPortal.Benchmarks.Load;

/// <summary>
/// The load benchmark on one provider: the shipped corpus in a new database, the real portal on it (Production, its heap
/// endpoint on), and <see cref="LoadBenchmarkSettings.Circuits"/> readers opened one after another over the ramp, each then
/// browsing its rounds (norm, document, search, cross-reference) in a loop with a pause between steps until the end. Every
/// circuit stays open to the end, where the heap is read with all of them still there. A reader whose circuit is lost
/// (closed, failed) counts the error and loads the page afresh, as a browser would.
/// </summary>
internal sealed class LoadBenchmark(LoadBenchmarkSettings settings, TextWriter progressOutput)
{
    private const int PortalErrorsKept = 5;

    /// <summary>A forced full collection of a heap holding hundreds of circuits takes a while on a busy machine.</summary>
    private static readonly TimeSpan s_heapReadTimeout = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan s_sampleInterval = TimeSpan.FromSeconds(1);

    public async Task RunAsync(LoadProviderRun run, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(createDatabase);
        await using var database = await createDatabase(cancellationToken);
        await using var portal = await ShippedCorpusPortal.StartAsync(database, run.Provider, progressOutput, cancellationToken,
            settings: new Dictionary<string, string> { [HeapDiagnostics.EnabledKey.Replace(":", "__", StringComparison.Ordinal)] = "true" });
        using var http = new HttpClient { BaseAddress = portal.BaseAddress, Timeout = LoadBenchmarkSettings.StepTimeout };
        var rounds = await BrowsingTour.DiscoverAsync(http, cancellationToken);
        progressOutput.WriteLine($"  {run.Provider}: {rounds.Count} rounds of {rounds[0].Count} steps; opening {settings.Circuits} circuits over {settings.RampSeconds} s …");

        using var server = Process.GetProcessById(portal.ProcessId);
        using var sampled = Process.GetProcessById(portal.ProcessId);
        using var stopSampling = new CancellationTokenSource();
        var sampling = SampleWorkingSetAsync(sampled, run, stopSampling.Token);
        run.LoadBefore = MachineLoad.Now();
        var clients = new BlazorCircuitClient?[settings.Circuits];
        var opened = 0;
        var allOpen = new TaskCompletionSource<(long Timestamp, TimeSpan Cpu)>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Refresh();
        var rampStarted = Stopwatch.GetTimestamp();
        var rampStartCpu = server.TotalProcessorTime;
        var browsingEnds = rampStarted + (long)((settings.RampSeconds + settings.DurationSeconds) * (double)Stopwatch.Frequency);
        try
        {
            await Task.WhenAll(Enumerable.Range(0, settings.Circuits).Select(reader => Task.Run(async () =>
            {
                await Task.Delay(TimeSpan.FromSeconds(settings.RampSeconds * (double)reader / settings.Circuits), cancellationToken);
                var random = new Random(reader);
                var round = reader % rounds.Count;
                var step = 0;
                var hasOpened = false;
                while (Stopwatch.GetTimestamp() < browsingEnds)
                {
                    var action = "open";
                    try
                    {
                        if (clients[reader] is not { } client)
                        {
                            client = new BlazorCircuitClient(portal.BaseAddress, http, LoadBenchmarkSettings.StepTimeout);
                            clients[reader] = client;
                            run.Record(action, await client.OpenAsync(rounds[round][step], cancellationToken));
                            if (!hasOpened && Interlocked.Increment(ref opened) == settings.Circuits)
                            {
                                lock (server)
                                {
                                    server.Refresh();
                                    allOpen.TrySetResult((Stopwatch.GetTimestamp(), server.TotalProcessorTime));
                                }
                            }

                            hasOpened = true;
                        }
                        else
                        {
                            action = rounds[round][step].Action;
                            run.Record(action, await client.NavigateAsync(rounds[round][step], cancellationToken));
                        }
                    }
                    // A failed step is counted, not fatal: the reader carries on as a browser would.
                    catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                    {
                        var failure = CircuitStepException.From(exception);
                        run.Fail(action, failure);
                        if (failure.CircuitLost && clients[reader] is { } lost)
                        {
                            clients[reader] = null;
                            await lost.DisposeAsync();
                        }
                    }

                    (round, step) = step + 1 == rounds[round].Count ? ((round + 1) % rounds.Count, 0) : (round, step + 1);
                    await Task.Delay(TimeSpan.FromMilliseconds(settings.ThinkMilliseconds * (0.5 + random.NextDouble())), cancellationToken);
                }
            }, cancellationToken)));

            server.Refresh();
            var end = (Timestamp: Stopwatch.GetTimestamp(), Cpu: server.TotalProcessorTime);
            run.CircuitsOpened = opened;
            // From the moment all circuits were open; if some never opened, from the start of the ramp.
            var (steadyFrom, cpuFrom) = allOpen.Task.IsCompletedSuccessfully ? await allOpen.Task : (rampStarted, rampStartCpu);
            run.SteadyWallTime = Stopwatch.GetElapsedTime(steadyFrom, end.Timestamp);
            run.SteadyCpuTime = end.Cpu - cpuFrom;

            run.LoadAfter = MachineLoad.Now();
            // Read with every circuit still open: what the portal holds for them, after a forced full collection.
            using var diagnostics = new HttpClient { BaseAddress = portal.BaseAddress, Timeout = s_heapReadTimeout };
            run.HeapAtEnd = await diagnostics.GetFromJsonAsync<HeapDiagnostics.HeapReading>(new Uri(HeapDiagnostics.Path.TrimStart('/'), UriKind.Relative), cancellationToken);
        }
        finally
        {
            // The portal's own account of failed steps: its error lines (compact JSON in Production), the first few of them.
            run.PortalErrors.AddRange(portal.Output.Split(Environment.NewLine).Where(line => line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal)).Take(PortalErrorsKept));
            await stopSampling.CancelAsync();
            await sampling;
            foreach (var client in clients)
            {
                if (client is not null)
                {
                    await client.DisposeAsync();
                }
            }
        }
    }

    private static async Task SampleWorkingSetAsync(Process server, LoadProviderRun run, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(s_sampleInterval);
        try
        {
            do
            {
                server.Refresh();
                run.PeakWorkingSetBytes = Math.Max(run.PeakWorkingSetBytes, server.WorkingSet64);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // Sampling ends with the run.
        }
    }
}
