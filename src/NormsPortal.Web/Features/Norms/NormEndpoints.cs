using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Norms;

/// <summary><c>GET /api/v1/norms</c>, <c>GET /api/v1/norms/{number}</c> and <c>GET /api/v1/norms/{number}/lineage</c>.</summary>
public static class NormEndpoints
{
    public static IEndpointRouteBuilder MapNormsEndpoints(this IEndpointRouteBuilder api)
    {
        var norms = api.MapGroup("/norms").WithTags("Norms");
        norms.MapGet("/", ListAsync).WithName("ListNorms").WithSummary("The 13 norms of resolution 73/27, in order; paged as every list is.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        norms.MapGet("/{number}", GetAsync).WithName("GetNorm").WithSummary("One norm by its number, e.g. 1.6.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        norms.MapGet("/{number}/lineage", GetLineageAsync).WithName("GetNormLineage")
            .WithSummary("A norm's line: its text, then the expert-group paragraph it comes from, its paragraph in 73/27 and every later paragraph that reuses its wording, in date order, each step computed or curated and verbatim, modified (with the words changed), new or not held.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
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
        return norm is null ? UnknownNorm(number) : TypedResults.Ok(norm);
    }

    private static async Task<Results<Ok<NormLineageDto>, ProblemHttpResult>> GetLineageAsync(
        string number, NormLineageQuery lineage, CancellationToken cancellationToken)
    {
        if (!NormNumber.IsWellFormed(number))
        {
            return ApiProblems.BadRequest($"'{number}' is not a norm number. A norm is numbered as in resolution 73/27, e.g. 1.6.");
        }

        var line = await lineage.FindAsync(number, cancellationToken);
        return line is null ? UnknownNorm(number) : TypedResults.Ok(line);
    }

    private static ProblemHttpResult UnknownNorm(string number) =>
        ApiProblems.NotFound("Norm not found", $"There is no norm numbered '{number}'. The norms are numbered 1.1 to 1.13.");
}
