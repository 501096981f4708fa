using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Data.Symbols;
using NormsPortal.Web.Api;
using NormsPortal.Web.Features.Library;
using NormsPortal.Web.Security;

namespace NormsPortal.Web.Features.Annotations;

/// <summary>
/// Curators' annotations under <c>/api/v1/annotations</c>. Everyone reads the published ones, as cleaned HTML;
/// everything else (other statuses, the Markdown, writing, deleting, the history) is for admins
/// (<see cref="PortalPolicies.Admin"/>): 401 for an anonymous client, 403 for a researcher.
/// </summary>
public static class AnnotationEndpoints
{
    public const string Prefix = "/annotations";

    public const string ExportName = "export.jsonld";

    public static IEndpointRouteBuilder MapAnnotationEndpoints(this IEndpointRouteBuilder api)
    {
        var annotations = api.MapGroup(Prefix).WithTags("Annotations");
        annotations.MapGet("/", ListAsync).WithName("ListAnnotations")
            .WithSummary("Curators' annotations, oldest first: the published ones for everyone, with bodyHtml (cleaned) and the target at its current anchor; "
                + "filters norm, symbol, anchor; paged as every list is. Admins may ask for status=draft|unpublished|orphaned|deleted|all and get the Markdown in body; "
                + "orphaned ones (their text left out by a re-import) come with suggestions: the closest paragraphs of the current text, best first.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        annotations.MapGet("/" + ExportName, ExportAsync).WithName("ExportAnnotations")
            .WithSummary("Every published annotation as a W3C Web Annotation AnnotationCollection (JSON-LD): bodies as cleaned HTML, "
                + "targets the portal's permalinks (absolute), with a TextQuoteSelector (exact, prefix, suffix) for a passage.")
            .Produces<AnnotationCollectionDto>(StatusCodes.Status200OK, WebAnnotationExport.MediaType);
        annotations.MapGet("/{id:int}", GetAsync).WithName("GetAnnotation")
            .WithSummary("One annotation: a published one for everyone; any, with its Markdown, for admins.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var admin = annotations.MapGroup("").RequireAuthorization(PortalPolicies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        admin.MapPost("/", CreateAsync).WithName("CreateAnnotation")
            .WithSummary("Admins: a new annotation { target, body, status } on a norm, paragraph, passage or work (a bookmark's target shape); status draft when omitted.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        admin.MapPut("/{id:int}", UpdateAsync).WithName("UpdateAnnotation")
            .WithSummary("Admins: saves { body, status, version } as a new revision. A stale version gets 409 with the annotation as it is now in \"current\" and what was sent in \"yours\".")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteAnnotation")
            .WithSummary("Admins: deletes an annotation softly; it keeps its history and can be restored.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/{id:int}/restore", RestoreAsync).WithName("RestoreAnnotation")
            .WithSummary("Admins: restores a deleted annotation with the status it had.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapGet("/{id:int}/revisions", RevisionsAsync).WithName("ListAnnotationRevisions")
            .WithSummary("Admins: every revision of an annotation, first to last: number, status, body, who saved it and when.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapGet("/{id:int}/revisions/diff", DiffAsync).WithName("DiffAnnotationRevisions")
            .WithSummary("Admins: the word-level differences of the body from revision from= to revision to= (runs same, inserted, deleted).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/{id:int}/reattach", ReattachAsync).WithName("ReattachAnnotation")
            .WithSummary("Admins: { target, version }: attaches an annotation to another norm, paragraph, passage or work, as an orphaned one after a re-import "
                + "(see status=orphaned and its suggestions). A stale version gets 409 as PUT does.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{id:int}/revisions/{number:int}/restore", RestoreRevisionAsync).WithName("RestoreAnnotationRevision")
            .WithSummary("Admins: { version }: puts back the body of an old revision as a new revision; the status stays. A stale version gets 409 as PUT does.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<ListPage<AnnotationDto>>, ProblemHttpResult, ChallengeHttpResult, ForbidHttpResult>> ListAsync(
        [FromQuery] string? status, [FromQuery] string? norm, [FromQuery] string? symbol, [FromQuery] string? anchor,
        [FromQuery] string? page, [FromQuery] string? pageSize, AnnotationService service, IAuthorizationService authorization, HttpContext http,
        CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var (number, size) = Paging.Parse(page, pageSize, problems);
        var chosen = AnnotationStatusFilter.Published;
        if (!string.IsNullOrWhiteSpace(status) && !(Enum.TryParse(status.Trim(), ignoreCase: true, out chosen) && Enum.IsDefined(chosen) && !int.TryParse(status, out _)))
        {
            problems.Add($"status must be one of: {string.Join(", ", Enum.GetNames<AnnotationStatusFilter>().Select(n => n.ToLowerInvariant()))}; not '{status.Trim()}'.");
        }

        if (!string.IsNullOrWhiteSpace(symbol) && SymbolLookup.WhyNotASymbol(symbol) is { } notASymbol)
        {
            problems.Add(notASymbol);
        }

        if (problems.Count > 0)
        {
            return ApiProblems.BadRequest(string.Join(" ", problems));
        }

        var isAdmin = await IsAdminAsync(authorization, http);
        if (chosen != AnnotationStatusFilter.Published && !isAdmin)
        {
            return http.User.Identity?.IsAuthenticated == true ? TypedResults.Forbid() : TypedResults.Challenge();
        }

        var query = new AnnotationListQuery
        {
            Status = chosen,
            Norm = Given(norm),
            Symbol = Given(symbol) is { } typed ? SymbolLookup.NormalForm(typed) : null,
            Anchor = Given(anchor),
            Page = number,
            PageSize = size,
        };
        var (items, total) = await service.ListAsync(query, withSource: isAdmin, cancellationToken);
        return TypedResults.Ok(ListPage.Linked(new ListPage<AnnotationDto>(items, total, number, size), http.Request));
    }

    private static async Task<JsonHttpResult<AnnotationCollectionDto>> ExportAsync(
        AnnotationService service, IConfiguration configuration, HttpRequest http, CancellationToken cancellationToken)
    {
        var (published, _) = await service.ListAsync(new AnnotationListQuery { PageSize = int.MaxValue }, withSource: false, cancellationToken);
        var collection = WebAnnotationExport.Of(published, PortalAddress.Of(configuration, http), ApiRoutes.Version1 + Prefix + "/" + ExportName);
        return TypedResults.Json(collection, contentType: WebAnnotationExport.MediaType);
    }

    private static async Task<Results<Ok<AnnotationDto>, ProblemHttpResult>> GetAsync(
        int id, AnnotationService service, IAuthorizationService authorization, HttpContext http, CancellationToken cancellationToken) =>
        await service.GetAsync(id, withSource: await IsAdminAsync(authorization, http), cancellationToken) is { } annotation
            ? TypedResults.Ok(annotation)
            : NotFound(id);

    private static async Task<Results<Created<AnnotationDto>, ProblemHttpResult>> CreateAsync(
        AnnotationCreateRequest request, ICurrentUser user, AnnotationService service, HttpRequest http, CancellationToken cancellationToken)
    {
        var outcome = await service.CreateAsync(Actor(user), request, cancellationToken);
        return outcome is { Status: LibraryOutcomeStatus.Done, Value: { } created }
            ? TypedResults.Created(http.PathBase + ApiRoutes.Version1 + Prefix + "/" + created.Id, created)
            : Problem(outcome, 0, request);
    }

    private static async Task<Results<Ok<AnnotationDto>, ProblemHttpResult>> UpdateAsync(
        int id, AnnotationUpdateRequest request, ICurrentUser user, AnnotationService service, CancellationToken cancellationToken) =>
        Answer(await service.UpdateAsync(Actor(user), id, request, cancellationToken), id, request);

    private static async Task<Results<Ok<AnnotationDto>, ProblemHttpResult>> DeleteAsync(
        int id, ICurrentUser user, AnnotationService service, CancellationToken cancellationToken) =>
        Answer(await service.SetDeletedAsync(Actor(user), id, deleted: true, cancellationToken), id, null);

    private static async Task<Results<Ok<AnnotationDto>, ProblemHttpResult>> RestoreAsync(
        int id, ICurrentUser user, AnnotationService service, CancellationToken cancellationToken) =>
        Answer(await service.SetDeletedAsync(Actor(user), id, deleted: false, cancellationToken), id, null);

    private static async Task<Results<Ok<IReadOnlyList<AnnotationRevisionDto>>, ProblemHttpResult>> RevisionsAsync(
        int id, AnnotationService service, CancellationToken cancellationToken) =>
        await service.RevisionsAsync(id, cancellationToken) is { } revisions ? TypedResults.Ok(revisions) : NotFound(id);

    private static async Task<Results<Ok<AnnotationRevisionDiffDto>, ProblemHttpResult>> DiffAsync(
        int id, [FromQuery] string? from, [FromQuery] string? to, AnnotationService service, CancellationToken cancellationToken)
    {
        if (!int.TryParse(from, out var older) || !int.TryParse(to, out var newer) || older < 1 || newer < 1)
        {
            return ApiProblems.BadRequest("from and to must be revision numbers (whole numbers from 1): ?from=1&to=2.");
        }

        var outcome = await service.DiffAsync(id, older, newer, cancellationToken);
        return outcome.Status switch
        {
            LibraryOutcomeStatus.Done => TypedResults.Ok(outcome.Value!),
            LibraryOutcomeStatus.NotFound => NotFound(id),
            _ => ApiProblems.BadRequest(outcome.Problem!),
        };
    }

    private static async Task<Results<Ok<AnnotationDto>, ProblemHttpResult>> RestoreRevisionAsync(
        int id, int number, AnnotationRestoreRevisionRequest request, ICurrentUser user, AnnotationService service, CancellationToken cancellationToken) =>
        Answer(await service.RestoreRevisionAsync(Actor(user), id, number, request.Version, cancellationToken), id, request);

    private static async Task<Results<Ok<AnnotationDto>, ProblemHttpResult>> ReattachAsync(
        int id, AnnotationReattachRequest request, ICurrentUser user, AnnotationService service, CancellationToken cancellationToken) =>
        Answer(await service.ReattachAsync(Actor(user), id, request, cancellationToken), id, request);

    private static async Task<bool> IsAdminAsync(IAuthorizationService authorization, HttpContext http) =>
        (await authorization.AuthorizeAsync(http.User, PortalPolicies.Admin)).Succeeded;

    /// <summary>The signed-in admin's id; the group's authorization lets nobody else in.</summary>
    private static string Actor(ICurrentUser user) =>
        user.UserId ?? throw new InvalidOperationException("Changing annotations requires a signed-in admin.");

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Results<Ok<AnnotationDto>, ProblemHttpResult> Answer(LibraryOutcome<AnnotationDto> outcome, int id, object? sent) =>
        outcome is { Status: LibraryOutcomeStatus.Done, Value: { } saved } ? TypedResults.Ok(saved) : Problem(outcome, id, sent);

    private static ProblemHttpResult NotFound(int id) =>
        ApiProblems.NotFound("No such annotation", $"There is no annotation with the id {id}.");

    private static ProblemHttpResult Problem(LibraryOutcome<AnnotationDto> outcome, int id, object? sent) =>
        ApiProblems.For(outcome, () => NotFound(id), sent);
}
