using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Data.Vocabulary;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.States;

/// <summary><c>GET /api/v1/states</c> and <c>GET /api/v1/states/{code}</c>.</summary>
public static class StateEndpoints
{
    public static IEndpointRouteBuilder MapStatesEndpoints(this IEndpointRouteBuilder api)
    {
        var states = api.MapGroup("/states").WithTags("States");
        states.MapGet("/", List).WithName("ListStates")
            .WithSummary("Every State the portal names: the 193 Member States, the observer States and former Member States, with ISO alpha-3 code, UN short name, regional group and aliases; paged as every list is.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        states.MapGet("/{code}", GetAsync).WithName("GetState")
            .WithSummary("One State by its ISO 3166-1 alpha-3 code (any case, e.g. FRA): its vote and sponsorship on every General Assembly resolution held, in date order, and its agreement with every other State.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static Results<Ok<ListPage<StateSummaryDto>>, ProblemHttpResult> List([FromQuery] string? page, [FromQuery] string? pageSize, HttpRequest http)
    {
        var problems = new List<string>();
        var (number, size) = Paging.Parse(page, pageSize, problems);
        return problems.Count > 0
            ? ApiProblems.BadRequest(string.Join(" ", problems))
            : TypedResults.Ok(ListPage.Of(StateQueries.List(), number, size, http));
    }

    private static async Task<Results<Ok<StateDto>, ProblemHttpResult>> GetAsync(string code, StateQueries queries, CancellationToken cancellationToken)
    {
        if (!KnownStates.IsWellFormedCode(code))
        {
            return ApiProblems.BadRequest($"'{code}' is not a State code: use the ISO 3166-1 alpha-3 code, three letters such as FRA.");
        }

        return KnownStates.Find(code) is { } state
            ? TypedResults.Ok(await queries.RecordAsync(state, cancellationToken))
            : ApiProblems.NotFound("State not found", $"No State has the code '{code}'. GET /api/v1/states lists the codes.");
    }
}
