namespace NormsPortal.Benchmarks.Pages;

/// <summary>
/// The page benchmark on one provider: seed the shipped corpus into an empty database, start the
/// real portal on it, fetch each page once (its prerendered HTML, checked to be the real page) and
/// save those very bytes as a static file, then time the page and the static file alternately,
/// one request at a time, so both see the same machine.
/// </summary>
internal sealed class PageBenchmark(int rounds, TextWriter progressOutput)
{
    /// <summary>The pages timed, each with a fragment of markup that proves it was rendered in full on the server.</summary>
    public static IReadOnlyList<(string Label, string Path, string MustContain)> Pages { get; } =
    [
        ("norm 1.6", "/norms/1.6", "critical infrastructure"),
        ("document 73/27", "/documents/A/RES/73/27", "id=\"op1.6\""),
        ("document 77/36 in French", "/documents/A/RES/77/36?lang=fr", "lang=\"fr\""),
        ("document 79/243", "/documents/A/RES/79/243", "id=\"op1\""),
    ];

    public async Task RunAsync(PageProviderRun run, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(createDatabase);
        await using var database = await createDatabase(cancellationToken);
        await using var portal = await ShippedCorpusPortal.StartAsync(database, run.Provider, progressOutput, cancellationToken);
        using var portalHttp = new HttpClient { BaseAddress = portal.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

        var staticFolder = Directory.CreateTempSubdirectory("normsportal-pages-");
        try
        {
            var requests = new List<BenchmarkRequest>();
            for (var i = 0; i < Pages.Count; i++)
            {
                var (label, path, mustContain) = Pages[i];
                var html = await portalHttp.GetStringAsync(new Uri(path.TrimStart('/'), UriKind.Relative), cancellationToken);
                if (!html.Contains(mustContain, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"{path} did not come back prerendered: no {mustContain} in its HTML.");
                }

                var staticName = $"page{i}.html";
                await File.WriteAllTextAsync(Path.Combine(staticFolder.FullName, staticName), html, cancellationToken);
                run.Sizes[label] = System.Text.Encoding.UTF8.GetByteCount(html);
                run.Elements[label] = HtmlElements.Count(html);
                requests.Add(new BenchmarkRequest(label, path));
                requests.Add(new BenchmarkRequest(StaticLabel(label), "/" + staticName));
            }

            await using var staticServer = await StaticFileServer.StartAsync(staticFolder.FullName, cancellationToken);
            using var staticHttp = new HttpClient { BaseAddress = staticServer.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            Task<string?> SendAsync(BenchmarkRequest request, CancellationToken token) =>
                GetAsync(request.Category.EndsWith(StaticSuffix, StringComparison.Ordinal) ? staticHttp : portalHttp, request.Text, token);

            run.LoadBefore = MachineLoad.Now();
            progressOutput.WriteLine($"  {run.Provider}: warming up …");
            await ConcurrentPass.RunAsync("warm-up", requests, 20, 1, SendAsync, cancellationToken);
            progressOutput.WriteLine($"  {run.Provider}: {rounds} rounds …");
            run.Pass = await ConcurrentPass.RunAsync("pages and static files, 1 client", requests, rounds, 1, SendAsync, cancellationToken);
            run.LoadAfter = MachineLoad.Now();
        }
        finally
        {
            staticFolder.Delete(recursive: true);
        }
    }

    public const string StaticSuffix = " (static file)";

    public static string StaticLabel(string pageLabel) => pageLabel + StaticSuffix;

    /// <summary>Null when the answer was 200 and its body was read in full, else what went wrong.</summary>
    private static async Task<string?> GetAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative), cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} for {path}";
    }
}
