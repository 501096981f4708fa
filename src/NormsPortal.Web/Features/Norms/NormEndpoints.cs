using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Data.Caching;
using NormsPortal.Web.Api;
using NormsPortal.Web.Caching;
using NormsPortal.Web.Features.Library;
using NormsPortal.Web.Security;

namespace NormsPortal.Web.Features.Norms;

/// <summary>
/// <c>GET /api/v1/norms</c>, <c>GET /api/v1/norms/{number}</c>, <c>GET /api/v1/norms/{number}/lineage</c> and
/// <c>GET /api/v1/norms/{number}/links</c>; for admins <c>PUT /api/v1/norms/{number}</c> (label and themes), the curated
/// links (<c>POST /links</c>, <c>PUT</c>/<c>DELETE /links/{id}</c>) and the decisions on computed steps
/// (<c>PUT /lineage/steps</c>).
/// </summary>
public static class NormEndpoints
{
    public static IEndpointRouteBuilder MapNormsEndpoints(this IEndpointRouteBuilder api)
    {
        var norms = api.MapGroup("/norms").WithTags("Norms");
        norms.MapGet("/", ListAsync).WithName("ListNorms").CacheAsPublicAnswer().WithSummary("The 13 norms of resolution 73/27, in order; paged as every list is.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        norms.MapGet("/{number}", GetAsync).WithName("GetNorm").CacheAsPublicAnswer().WithSummary("One norm by its number, e.g. 1.6.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        norms.MapGet("/{number}/lineage", GetLineageAsync).WithName("GetNormLineage").CacheAsPublicAnswer()
            .WithSummary("A norm's line: its text, then the expert-group paragraph it comes from, its paragraph in 73/27 and every later paragraph that reuses its wording, in date order, each step computed or curated and verbatim, modified (with the words changed), new or not held.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        norms.MapPut("/{number}", ReviseAsync).WithName("ReviseNorm").RequireAuthorization(PortalPolicies.Admin)
            .WithSummary("Admins: { label, themes, version } sets the norm's short label and/or its themes (each 1–60 characters, at most 12, none twice). A stale version gets 409 with the norm as it is now in \"current\" and what was sent in \"yours\".")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        norms.MapGet("/{number}/links", ListLinksAsync).WithName("ListNormLinks")
            .WithSummary("The curators' links of a norm to later paragraphs that restate, develop or refer to it, oldest first, with their versions.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        var admin = norms.MapGroup("/{number}").RequireAuthorization(PortalPolicies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        admin.MapPost("/links", AddLinkAsync).WithName("AddNormLink")
            .WithSummary("Admins: { symbol, anchor, quote, relation, note } links the norm to a paragraph of a later resolution or report (relation restates, develops or refers): "
                + "a curated step of its lineage. An unknown work, or an anchor its held text lacks, gets 400; a work held without its text may be linked by anchor.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPut("/links/{id:int}", UpdateLinkAsync).WithName("UpdateNormLink")
            .WithSummary("Admins: { symbol, anchor, quote, relation, note, version } changes a link. A stale version gets 409 with the link as it is now in \"current\" and what was sent in \"yours\".")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapDelete("/links/{id:int}", RemoveLinkAsync).WithName("RemoveNormLink")
            .WithSummary("Admins: removes a link.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPut("/lineage/steps", ReviewStepAsync).WithName("ReviewNormLineageStep")
            .WithSummary("Admins: { symbol, anchor, decision } confirms (decision confirmed) or hides (hidden) a computed step of the norm's lineage; null clears the decision. "
                + "Hidden steps leave the public lineage; admins still get them, marked hidden. 409 when another admin decided on the step meanwhile.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<NormLinkDto>>, ProblemHttpResult>> ListLinksAsync(
        string number, NormLinkCuration links, CancellationToken cancellationToken)
    {
        if (!NormNumber.IsWellFormed(number))
        {
            return NotANormNumber(number);
        }

        return await links.ListAsync(number, cancellationToken) is { } found ? TypedResults.Ok(found) : UnknownNorm(number);
    }

    private static async Task<Results<Created<NormLinkDto>, ProblemHttpResult>> AddLinkAsync(
        string number, NormLinkRequest request, ICurrentUser user, NormLinkCuration links, CancellationToken cancellationToken)
    {
        if (!NormNumber.IsWellFormed(number))
        {
            return NotANormNumber(number);
        }

        var outcome = await links.AddAsync(Actor(user), number, request, cancellationToken);
        return outcome is { Status: LibraryOutcomeStatus.Done, Value: { } added }
            ? TypedResults.Created($"/api/v1/norms/{Uri.EscapeDataString(added.Number)}/links/{added.Id}", added)
            : Problem(outcome, number, request);
    }

    private static async Task<Results<Ok<NormLinkDto>, ProblemHttpResult>> UpdateLinkAsync(
        string number, int id, NormLinkRequest request, ICurrentUser user, NormLinkCuration links, CancellationToken cancellationToken)
    {
        if (!NormNumber.IsWellFormed(number))
        {
            return NotANormNumber(number);
        }

        var outcome = await links.UpdateAsync(Actor(user), number, id, request, cancellationToken);
        return outcome is { Status: LibraryOutcomeStatus.Done, Value: { } saved } ? TypedResults.Ok(saved) : Problem(outcome, number, request);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveLinkAsync(
        string number, int id, ICurrentUser user, NormLinkCuration links, CancellationToken cancellationToken) =>
        NormNumber.IsWellFormed(number) && await links.RemoveAsync(Actor(user), number, id, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound("No such link", $"Norm {number.Trim()} has no link {id}.");

    private static async Task<Results<Ok<NormStepReviewDto>, ProblemHttpResult>> ReviewStepAsync(
        string number, NormStepReviewRequest request, ICurrentUser user, NormStepReviews reviews, CancellationToken cancellationToken)
    {
        if (!NormNumber.IsWellFormed(number))
        {
            return NotANormNumber(number);
        }

        var outcome = await reviews.DecideAsync(Actor(user), number, request, cancellationToken);
        return outcome is { Status: LibraryOutcomeStatus.Done, Value: { } saved } ? TypedResults.Ok(saved) : Problem(outcome, number, request);
    }

    /// <summary>The problem answering a change that was not done: the norm or link not found, a stale version, or bad input.</summary>
    private static ProblemHttpResult Problem<T>(LibraryOutcome<T> outcome, string number, object sent)
        where T : class => ApiProblems.For(outcome, () => ApiProblems.NotFound("Not found", $"There is no norm {number.Trim()}, or it has no such link."), sent);

    /// <summary>The signed-in admin's id; the admin policy lets nobody else in.</summary>
    private static string Actor(ICurrentUser user) =>
        user.UserId ?? throw new InvalidOperationException("Changing a norm requires a signed-in admin.");

    private static ProblemHttpResult NotANormNumber(string number) =>
        ApiProblems.BadRequest($"'{number}' is not a norm number. A norm is numbered as in resolution 73/27, e.g. 1.6.");

    private static async Task<Results<Ok<NormCuratedDto>, ProblemHttpResult>> ReviseAsync(
        string number, NormRevisionRequest request, ICurrentUser user, NormCuration curation, CancellationToken cancellationToken)
    {
        if (!NormNumber.IsWellFormed(number))
        {
            return NotANormNumber(number);
        }

        var outcome = await curation.ReviseAsync(Actor(user), number, request, cancellationToken);
        return outcome is { Status: LibraryOutcomeStatus.Done, Value: { } saved } ? TypedResults.Ok(saved) : Problem(outcome, number, request);
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
        http.HttpContext.TagCachedAnswer(CacheTags.Norms);
        return TypedResults.Ok(ListPage.Of(await queries.ListAsync(cancellationToken), number, size, http));
    }

    private static async Task<Results<Ok<NormDto>, ProblemHttpResult>> GetAsync(
        string number, NormQueries queries, HttpContext http, CancellationToken cancellationToken)
    {
        var norm = await queries.FindAsync(number, cancellationToken);
        if (norm is null)
        {
            return UnknownNorm(number);
        }

        http.TagCachedAnswer(CacheTags.Norm(norm.Number));
        return TypedResults.Ok(norm);
    }

    private static async Task<Results<Ok<NormLineageDto>, ProblemHttpResult>> GetLineageAsync(
        string number, NormLineageQuery lineage, IAuthorizationService authorization, HttpContext http, CancellationToken cancellationToken)
    {
        if (!NormNumber.IsWellFormed(number))
        {
            return NotANormNumber(number);
        }

        // Admins also get the steps curators hid, marked, so they can undo the decision.
        var isAdmin = (await authorization.AuthorizeAsync(http.User, PortalPolicies.Admin)).Succeeded;
        var line = isAdmin ? await lineage.FindAsync(number, withHidden: true, cancellationToken) : await lineage.FindAsync(number, cancellationToken);
        if (line is null)
        {
            return UnknownNorm(number);
        }

        http.TagCachedAnswer(NormLineageQuery.CacheTagsOf(line));
        return TypedResults.Ok(line);
    }

    private static ProblemHttpResult UnknownNorm(string number) =>
        ApiProblems.NotFound("Norm not found", $"There is no norm numbered '{number}'. The norms are numbered 1.1 to 1.13.");
}
