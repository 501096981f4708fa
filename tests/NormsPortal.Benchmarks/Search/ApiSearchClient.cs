using System.Globalization;
using System.Net;

namespace NormsPortal.Benchmarks.Search;

/// <summary>
/// Sends a benchmark query to the portal's <c>GET /api/v1/search</c> as any client would, and reads
/// the whole JSON body, so the time covers parsing, SQL, snippets, facets and serialisation.
/// </summary>
/// <remarks>
/// The public API is output-cached for anonymous callers, one entry per path and query, and every query
/// comes back in each round. So that each request measures the search and not the cache, it carries a
/// parameter the API ignores (<see cref="UniqueParameter"/>) with a number no other request has: every
/// answer is a cache miss, stored as any miss is. An answer served from the cache anyway (it has an
/// <c>Age</c> header) counts as a failure.
/// </remarks>
internal sealed class ApiSearchClient(HttpClient http) : IDisposable
{
    public const int PageSize = 20;

    /// <summary>Not a parameter of the search API: only the output cache's key sees it.</summary>
    public const string UniqueParameter = "benchmarkRequest";

    private int _requests;

    /// <summary>Null when the API answered 200 with work it did for this request, else what went wrong.</summary>
    public async Task<string?> SearchAsync(BenchmarkRequest query, CancellationToken cancellationToken)
    {
        var unique = Interlocked.Increment(ref _requests).ToString(CultureInfo.InvariantCulture);
        var address = $"api/v1/search?q={Uri.EscapeDataString(query.Text)}&pageSize={PageSize}&{UniqueParameter}={unique}";
        using var response = await http.GetAsync(new Uri(address, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return $"HTTP {(int)response.StatusCode} for {query.Text}: {body[..Math.Min(body.Length, 200)]}";
        }

        return response.Headers.Age is not null ? $"answered from the output cache: {query.Text}" : null;
    }

    public void Dispose() => http.Dispose();
}
