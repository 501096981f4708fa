using System.Diagnostics;
using NormsPortal.Benchmarks.Library;

namespace NormsPortal.Benchmarks.Pages;

/// <summary>
/// The <c>page-throughput</c> benchmark on one provider: how many requests a second the portal answers for a
/// prerendered page, anonymous and signed in, beside one of its own static files of about that size, each with
/// <see cref="Clients"/> clients at once on loopback. The three are measured in turn, <see cref="Repetitions"/> times,
/// so each sees the machine the others saw; the median of each is reported.
/// </summary>
internal sealed class PageThroughputBenchmark(int requests, TextWriter progressOutput)
{
    public const int Clients = 8;

    public const int Repetitions = 3;

    /// <summary>The pages measured, each with a fragment that proves it was rendered in full.</summary>
    public static IReadOnlyList<(string Label, string Path, string MustContain)> Pages { get; } =
    [
        ("norm 1.6", "/norms/1.6", "critical infrastructure"),
        ("document 73/27", "/documents/A/RES/73/27", "id=\"op1.6\""),
    ];

    /// <summary>The app's own static files, from which each page is matched with the one nearest its size.</summary>
    private static readonly string[] s_staticFiles =
    [
        "/_framework/blazor.web.js", "/_content/MudBlazor/MudBlazor.min.css", "/_content/MudBlazor/MudBlazor.min.js", "/app.css",
        "/css/pages.css", "/css/document.css",
    ];

    public async Task<IReadOnlyList<ThroughputRow>> RunAsync(
        string provider, Func<CancellationToken, Task<BenchmarkDatabase>> createDatabase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(createDatabase);
        await using var database = await createDatabase(cancellationToken);
        // Development: a build's static web assets manifest points at the files in place, which Production serves only
        // from a publish's wwwroot. The pages are served the same way in both.
        await using var portal = await ShippedCorpusPortal.StartAsync(database, provider, progressOutput, cancellationToken, "Development");
        using var anonymous = new HttpClient { BaseAddress = portal.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var (email, password) = PortalAccount.New();
        await PortalAccount.RegisterAsync(portal.BaseAddress, email, password, cancellationToken);
        using var signedIn = await PortalAccount.CookieClientAsync(portal.BaseAddress, email, password, cancellationToken);

        var statics = new List<(string Path, int Bytes)>();
        foreach (var path in s_staticFiles)
        {
            statics.Add((path, (await anonymous.GetByteArrayAsync(Relative(path), cancellationToken)).Length));
        }

        if (statics.Any(file => file.Bytes == 0))
        {
            throw new InvalidOperationException("The portal served an empty static file: its static web assets were not found.");
        }

        var rows = new List<ThroughputRow>();
        foreach (var (label, path, mustContain) in Pages)
        {
            var html = await anonymous.GetStringAsync(Relative(path), cancellationToken);
            if (!html.Contains(mustContain, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{path} did not come back prerendered: no {mustContain} in its HTML.");
            }

            var pageBytes = System.Text.Encoding.UTF8.GetByteCount(html);
            var (staticPath, staticBytes) = statics.MinBy(file => Math.Abs(file.Bytes - pageBytes));
            progressOutput.WriteLine($"  {provider}: {label} ({pageBytes:N0} bytes) beside {staticPath} ({staticBytes:N0} bytes) …");
            await MeasureAsync(anonymous, path, Clients * 10, cancellationToken);
            List<double> pageAnonymous = [], pageSignedIn = [], file = [];
            for (var repetition = 0; repetition < Repetitions; repetition++)
            {
                pageAnonymous.Add(await MeasureAsync(anonymous, path, requests, cancellationToken));
                pageSignedIn.Add(await MeasureAsync(signedIn, path, requests, cancellationToken));
                file.Add(await MeasureAsync(anonymous, staticPath, requests, cancellationToken));
            }

            rows.Add(new ThroughputRow(provider, label, pageBytes, staticPath, staticBytes, Median(pageAnonymous), Median(pageSignedIn), Median(file)));
        }

        return rows;
    }

    /// <summary>Requests a second for <paramref name="count"/> requests of <paramref name="path"/>, <see cref="Clients"/> at once.</summary>
    private static async Task<double> MeasureAsync(HttpClient http, string path, int count, CancellationToken cancellationToken)
    {
        var remaining = count;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                using var response = await http.GetAsync(Relative(path), cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"HTTP {(int)response.StatusCode} for {path}");
                }
            }
        }));
        return count / clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static Uri Relative(string path) => new(path.TrimStart('/'), UriKind.Relative);
}

/// <summary>One page's throughput on one provider, anonymous and signed in, beside its static file's.</summary>
internal sealed record ThroughputRow(
    string Provider, string Page, int PageBytes, string StaticFile, int StaticBytes, double AnonymousPerSecond, double SignedInPerSecond, double StaticPerSecond);
