using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Data.Symbols;
using NormsPortal.Web.Api;
using NormsPortal.Web.Features.Library;
using NormsPortal.Web.Security;

namespace NormsPortal.Web.Features.Facts;

/// <summary>
/// Curators' corrections to the catalogue, for admins only (<see cref="PortalPolicies.Admin"/>: 401 for an anonymous
/// client, 403 for a researcher): a work's facts with their history (<c>GET /facts?symbol=</c>), a fact filled in or
/// corrected (<c>PUT /facts</c>) and a work added (<c>POST /documents</c>, beside the public documents it then joins).
/// </summary>
public static class FactEndpoints
{
    public const string Prefix = "/facts";

    public static IEndpointRouteBuilder MapFactEndpoints(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("").WithTags("Facts").RequireAuthorization(PortalPolicies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        admin.MapGet(Prefix, GetAsync).WithName("GetWorkFacts")
            .WithSummary("Admins: every fact of the work ?symbol= with its source, verified flag, origin, version and history.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPut(Prefix, ReviseAsync).WithName("ReviseFact")
            .WithSummary("Admins: { symbol, key, value, source, verified, version } fills in or corrects a fact, with a required source note; "
                + "verified only when the source names an official UN source. version is the fact's version read (none for a new fact); "
                + "a stale one gets 409 with the fact as it is now in \"current\" and what was sent in \"yours\".")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/documents", AddWorkAsync).WithName("AddWork")
            .WithSummary("Admins: { symbol, kind, title, date, source, verified, endorsedBy } adds a work the catalogue lacks; "
                + "a symbol it holds already gets 409 with that work in \"current\".")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<WorkFactsDto>, ProblemHttpResult>> GetAsync(
        [FromQuery] string? symbol, FactCuration curation, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(symbol) || SymbolLookup.WhyNotASymbol(symbol) is not null)
        {
            return ApiProblems.BadRequest(string.IsNullOrWhiteSpace(symbol) ? "Name the work: ?symbol=A/RES/71/28." : SymbolLookup.WhyNotASymbol(symbol)!);
        }

        return await curation.GetAsync(symbol, cancellationToken) is { } facts ? TypedResults.Ok(facts) : NotFound(symbol);
    }

    private static async Task<Results<Ok<CuratedFactDto>, ProblemHttpResult>> ReviseAsync(
        FactEditRequest request, ICurrentUser user, FactCuration curation, CancellationToken cancellationToken)
    {
        var outcome = await curation.ReviseAsync(Actor(user), request, cancellationToken);
        return outcome is { Status: LibraryOutcomeStatus.Done, Value: { } saved } ? TypedResults.Ok(saved) : Problem(outcome, request.Symbol, request);
    }

    private static async Task<Results<Created<WorkFactsDto>, ProblemHttpResult>> AddWorkAsync(
        WorkAddRequest request, ICurrentUser user, FactCuration curation, HttpRequest http, CancellationToken cancellationToken)
    {
        var outcome = await curation.AddWorkAsync(Actor(user), request, cancellationToken);
        return outcome is { Status: LibraryOutcomeStatus.Done, Value: { } added }
            ? TypedResults.Created(http.PathBase + ApiRoutes.Version1 + added.Url, added)
            : Problem(outcome, request.Symbol, request);
    }

    /// <summary>The signed-in admin's id; the group's authorization lets nobody else in.</summary>
    private static string Actor(ICurrentUser user) =>
        user.UserId ?? throw new InvalidOperationException("Curating the catalogue requires a signed-in admin.");

    private static ProblemHttpResult NotFound(string? symbol) =>
        ApiProblems.NotFound("No such work", $"The catalogue holds no work '{symbol?.Trim()}'.");

    private static ProblemHttpResult Problem<T>(LibraryOutcome<T> outcome, string? symbol, object sent)
        where T : class => ApiProblems.For(outcome, () => NotFound(symbol), sent);
}
