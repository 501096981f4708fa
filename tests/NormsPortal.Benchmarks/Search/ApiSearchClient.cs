using System.Net;

namespace NormsPortal.Benchmarks.Search;

/// <summary>
/// Sends a benchmark query to the portal's <c>GET /api/v1/search</c> as any client would, and reads
/// the whole JSON body, so the time covers parsing, SQL, snippets, facets and serialisation.
/// </summary>
internal sealed class ApiSearchClient(HttpClient http) : IDisposable
{
    public const int PageSize = 20;

    /// <summary>Null when the API answered 200, else what went wrong.</summary>
    public async Task<string?> SearchAsync(BenchmarkRequest query, CancellationToken cancellationToken)
    {
        var address = $"api/v1/search?q={Uri.EscapeDataString(query.Text)}&pageSize={PageSize}";
        using var response = await http.GetAsync(new Uri(address, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? null
            : $"HTTP {(int)response.StatusCode} for {query.Text}: {body[..Math.Min(body.Length, 200)]}";
    }

    public void Dispose() => http.Dispose();
}
