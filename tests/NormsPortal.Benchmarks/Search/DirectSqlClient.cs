using NormsPortal.Data.Search.Store;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.Benchmarks.Search;

/// <summary>
/// The baseline: the statements the API runs for a query (<see cref="SearchService.StatementsFor"/>:
/// the page of works and the facets), executed through bare ADO.NET on a pooled connection and read
/// to the end, with no EF Core, no snippets, no JSON and no HTTP.
/// </summary>
internal sealed class DirectSqlClient(BenchmarkDatabase database, SearchService service)
{
    /// <summary>Whether the API runs any SQL of this kind for the query (a bare number or symbol only looks works up).</summary>
    public bool HasStatements(BenchmarkRequest query) =>
        service.StatementsFor(new SearchRequest(query.Text, PageSize: ApiSearchClient.PageSize)) is not null;

    public async Task<string?> SearchAsync(BenchmarkRequest query, CancellationToken cancellationToken)
    {
        var statements = service.StatementsFor(new SearchRequest(query.Text, PageSize: ApiSearchClient.PageSize))
            ?? throw new InvalidOperationException($"The API runs no search statements for {query.Text}.");
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await ReadAllAsync(connection, statements.Page, cancellationToken);
        await ReadAllAsync(connection, statements.Facets, cancellationToken);
        return null;
    }

    private static async Task ReadAllAsync(System.Data.Common.DbConnection connection, SearchStatement statement, CancellationToken cancellationToken)
    {
        await using var command = statement.CreateCommand(connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync(cancellationToken))
        {
            reader.GetValues(values);
        }
    }
}
