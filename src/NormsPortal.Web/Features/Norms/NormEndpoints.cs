using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Norms;

/// <summary><c>GET /api/v1/norms</c> and <c>GET /api/v1/norms/{number}</c>.</summary>
public static class NormEndpoints
{
    public static IEndpointRouteBuilder MapNormsEndpoints(this IEndpointRouteBuilder api)
    {
        var norms = api.MapGroup("/norms").WithTags("Norms");
        norms.MapGet("/", ListAsync).WithName("ListNorms").WithSummary("The 13 norms of resolution 73/27, in order; paged as every list is.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        norms.MapGet("/{number}", GetAsync).WithName("GetNorm").WithSummary("One norm by its number, e.g. 1.6.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<ListPage<NormDto>>, ProblemHttpResult>> ListAsync(
        [FromQuery] string? page, [FromQuery] string? pageSize, NormQueries queries, HttpRequest http, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var (number, size) = Paging.Parse(page, pageSize, problems);
        if (problems.Count > 0)
        {
            return ApiProblems.BadRequest(string.Join(" ", problems));
        }

        // Thirteen norms: read them all and page in memory.
        return TypedResults.Ok(ListPage.Of(await queries.ListAsync(cancellationToken), number, size, http));
    }

    private static async Task<Results<Ok<NormDto>, ProblemHttpResult>> GetAsync(string number, NormQueries queries, CancellationToken cancellationToken)
    {
        var norm = await queries.FindAsync(number, cancellationToken);
        return norm is null
            ? ApiProblems.NotFound("Norm not found", $"There is no norm numbered '{number}'. The norms are numbered 1.1 to 1.13.")
            : TypedResults.Ok(norm);
    }
}
