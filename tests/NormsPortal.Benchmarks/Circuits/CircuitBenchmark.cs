using System.Net.Http.Json;
using Microsoft.Playwright;
using NormsPortal.Benchmarks.Startup;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.Web.Infrastructure.Diagnostics;

namespace NormsPortal.Benchmarks.Circuits;

/// <summary>
/// The circuit benchmark on one provider: the shipped corpus in a new database, the real portal (published,
/// Production) with its heap endpoint on, and headless Chromium. Per page, one warm-up circuit stays open, the heap
/// is read after a forced full collection, then <c>circuits</c> more tabs open the page and wait until it is
/// interactive and idle, and the heap is read again: the growth divided by the circuits is what one idle circuit
/// holds. With <c>--gcdump</c> a heap dump before and after says by which types. Given more than one published
/// portal (a baseline and the checked-out code), each page is measured on each of them in turn.
/// </summary>
internal sealed class CircuitBenchmark(IReadOnlyList<PublishedPortal> portals, int circuits, bool byType, TextWriter progressOutput)
{
    /// <summary>The pages measured: the norm page and its longest document, 73/27.</summary>
    public static IReadOnlyList<(string Label, string Path)> Pages { get; } =
    [
        ("norm 1.6", "/norms/1.6"),
        ("document 73/27", "/documents/A/RES/73/27"),
    ];

    public async Task RunAsync(CircuitProviderRun run, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(createDatabase);
        await using var database = await createDatabase(cancellationToken);
        await ShippedCorpus.SeedAsync(database, run.Provider, progressOutput, cancellationToken);
        var environment = new Dictionary<string, string>(database.PortalEnvironment())
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Corpus__SeedOnStartup"] = "false",
            ["Diagnostics__HeapEndpoint"] = "true",
        };
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable(ChromiumVariable) ?? DefaultChromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });

        run.LoadBefore = MachineLoad.Now();
        foreach (var (label, path) in Pages)
        {
            foreach (var published in portals)
            {
                run.Pages.Add(await MeasureAsync(run.Provider, published, environment, browser, label, path, cancellationToken));
            }
        }

        run.LoadAfter = MachineLoad.Now();
    }

    private async Task<CircuitPageResult> MeasureAsync(
        string provider, PublishedPortal published, IReadOnlyDictionary<string, string> environment, IBrowser browser, string label, string path,
        CancellationToken cancellationToken)
    {
        // A portal of its own per page: a closed tab's circuit may linger as disconnected, and would blur the next count.
        progressOutput.WriteLine($"  {provider}: {label}, {published.Label}: starting the portal, then {circuits} circuits …");
        await using var portal = await PortalAppProcess.StartAsync(published.Folder.FullName, environment, cancellationToken);
        using var http = new HttpClient { BaseAddress = portal.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString() });
        await OpenInteractiveAsync(context, path);
        var before = await ReadHeapAsync(http, expectedCircuits: 1, cancellationToken);
        var dumpBefore = byType ? await GcDumpByType.CollectAsync(portal.ProcessId, cancellationToken) : null;

        for (var i = 0; i < circuits; i++)
        {
            await OpenInteractiveAsync(context, path);
        }

        var after = await ReadHeapAsync(http, expectedCircuits: circuits + 1, cancellationToken);
        var dumpAfter = byType ? await GcDumpByType.CollectAsync(portal.ProcessId, cancellationToken) : null;
        return new CircuitPageResult(label, published.Label, path, circuits, before, after,
            dumpBefore is null || dumpAfter is null ? [] : GcDumpByType.Growth(dumpBefore, dumpAfter));
    }

    /// <summary>The variable the end-to-end tests read too: where Debian's Chromium is.</summary>
    public const string ChromiumVariable = "NORMSPORTAL_CHROMIUM";

    private const string DefaultChromium = "/usr/bin/chromium";

    private static async Task OpenInteractiveAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        // MainLayout marks the shell once its circuit has rendered it.
        await page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
    }

    /// <summary>The heap once the server counts <paramref name="expectedCircuits"/> open circuits (the last tab's may take a moment).</summary>
    private static async Task<HeapDiagnostics.HeapReading> ReadHeapAsync(HttpClient http, int expectedCircuits, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var reading = await http.GetFromJsonAsync<HeapDiagnostics.HeapReading>(new Uri(HeapDiagnostics.Path.TrimStart('/'), UriKind.Relative), cancellationToken)
                ?? throw new InvalidOperationException($"{HeapDiagnostics.Path} answered nothing.");
            if (reading.OpenCircuits == expectedCircuits)
            {
                return reading;
            }

            if (attempt == 100)
            {
                throw new InvalidOperationException($"The portal counts {reading.OpenCircuits} open circuits, not {expectedCircuits}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
