using System.Data.Common;
using NormsPortal.Data.Search.Store;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.Benchmarks.Search;

/// <summary>
/// The baseline: the statement the API runs for a query (<see cref="SearchService.StatementFor"/>:
/// the page of works and the facets in one), executed as the API's search engine executes it
/// (<see cref="PreparedStatementPool"/>: open connections that keep the statement prepared) and read
/// to the end, with no EF Core, no snippets, no JSON and no HTTP.
/// </summary>
internal sealed class DirectSqlClient(BenchmarkDatabase database, SearchService service) : IDisposable
{
    private readonly PreparedStatementPool _statements = database.CreatePreparedStatementPool();

    /// <summary>Whether the API runs the search statement for the query (a bare number or symbol only looks works up).</summary>
    public bool HasStatement(BenchmarkRequest query) => StatementFor(query) is not null;

    public async Task<string?> SearchAsync(BenchmarkRequest query, CancellationToken cancellationToken)
    {
        var statement = StatementFor(query) ?? throw new InvalidOperationException($"The API runs no search statement for {query.Text}.");
        return await _statements.RunAsync(statement, ReadToEndAsync, cancellationToken);
    }

    public void Dispose() => _statements.Dispose();

    private static async Task<string?> ReadToEndAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync(cancellationToken))
        {
            reader.GetValues(values);
        }

        return null;
    }

    private SearchStatement? StatementFor(BenchmarkRequest query) =>
        service.StatementFor(new SearchRequest(query.Text, PageSize: ApiSearchClient.PageSize));
}
