using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Web.Api;
using NormsPortal.Web.Features.Library;
using NormsPortal.Web.Security;

namespace NormsPortal.Web.Features.Norms;

/// <summary><c>GET /api/v1/norms</c>, <c>GET /api/v1/norms/{number}</c>, <c>GET /api/v1/norms/{number}/lineage</c>, and for admins <c>PUT /api/v1/norms/{number}</c> (the label).</summary>
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
        norms.MapPut("/{number}", SetLabelAsync).WithName("SetNormLabel").RequireAuthorization(PortalPolicies.Admin)
            .WithSummary("Admins: { label, version } sets the norm's short label. A stale version gets 409 with the norm as it is now in \"current\" and what was sent in \"yours\".")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<NormLabelDto>, ProblemHttpResult>> SetLabelAsync(
        string number, NormLabelRequest request, ICurrentUser user, NormCuration curation, CancellationToken cancellationToken)
    {
        if (!NormNumber.IsWellFormed(number))
        {
            return ApiProblems.BadRequest($"'{number}' is not a norm number such as 1.6.");
        }

        var outcome = await curation.SetLabelAsync(user.UserId ?? throw new InvalidOperationException("Changing a norm requires a signed-in admin."), number, request, cancellationToken);
        return outcome.Status switch
        {
            LibraryOutcomeStatus.Done => TypedResults.Ok(outcome.Value!),
            LibraryOutcomeStatus.NotFound => ApiProblems.NotFound("No such norm", $"There is no norm {number.Trim()}."),
            LibraryOutcomeStatus.Conflict => ApiProblems.Conflict(outcome.Problem, outcome.Value, request),
            _ => ApiProblems.BadRequest(outcome.Problem!),
        };
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
