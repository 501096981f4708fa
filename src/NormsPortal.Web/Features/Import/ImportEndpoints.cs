using Microsoft.AspNetCore.Http.HttpResults;
using NormsPortal.Data.Import.Files;
using NormsPortal.Web.Api;
using NormsPortal.Web.Features.Library;
using NormsPortal.Web.Security;

namespace NormsPortal.Web.Features.Import;

/// <summary>
/// Importing from the browser under <c>/api/v1/imports</c>, for admins (<see cref="PortalPolicies.Admin"/>): preview a
/// file or pasted text (nothing is stored), then commit the same input with the preview's <c>previewed</c> value.
/// A refused file gets 400 with the <c>import</c> command's words.
/// </summary>
public static class ImportEndpoints
{
    public const string Prefix = "/imports";

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder api)
    {
        var imports = api.MapGroup(Prefix).WithTags("Imports").RequireAuthorization(PortalPolicies.Admin)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        imports.MapPost("/preview", PreviewAsync).WithName("PreviewImport")
            .Accepts<ImportTextRequest>("application/json", "multipart/form-data")
            .WithSummary("Admins: what importing a file (multipart: file, symbol, language; Akoma Ntoso XML, UN text, PDF, Word .docx) or pasted text "
                + "(JSON: text, symbol, language) would store, storing nothing: heading facts, paragraphs with anchors, footnotes, cross-references, repairs "
                + "with their codes; for a held text the paragraphs that change, the annotations orphaned or moved and how many bookmarks lose their place.");
        imports.MapPost("/", CommitAsync).WithName("CommitImport")
            .Accepts<ImportTextRequest>("application/json", "multipart/form-data")
            .WithSummary("Admins: imports the input previewed: the same file or text, symbol and language, with \"previewed\" as the preview gave it. Audited.");
        return api;
    }

    private static async Task<Results<Ok<ImportPreviewDto>, ProblemHttpResult>> PreviewAsync(
        HttpRequest http, ImportService service, ImportFileLimits limits, CancellationToken cancellationToken)
    {
        var (input, problem) = await ImportInput.ReadAsync(http, limits, cancellationToken);
        if (input is null)
        {
            return ApiProblems.BadRequest(problem!);
        }

        var outcome = await service.PreviewAsync(input.Content, input.Request, cancellationToken);
        return outcome.Value is { } preview ? TypedResults.Ok(preview) : ApiProblems.BadRequest(outcome.Problem!);
    }

    private static async Task<Results<Ok<ImportCommitDto>, ProblemHttpResult>> CommitAsync(
        HttpRequest http, ImportService service, ImportFileLimits limits, ICurrentUser user, CancellationToken cancellationToken)
    {
        var (input, problem) = await ImportInput.ReadAsync(http, limits, cancellationToken);
        if (input is null)
        {
            return ApiProblems.BadRequest(problem!);
        }

        var actor = user.UserId ?? throw new InvalidOperationException("Importing requires a signed-in admin.");
        var outcome = await service.CommitAsync(actor, input.Content, input.Request, input.Previewed, cancellationToken);
        return outcome is { Status: LibraryOutcomeStatus.Done, Value: { } done } ? TypedResults.Ok(done) : ApiProblems.BadRequest(outcome.Problem!);
    }
}
