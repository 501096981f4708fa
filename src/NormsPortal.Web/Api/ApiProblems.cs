using Microsoft.AspNetCore.Http.HttpResults;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.Web.Api;

/// <summary>The API's error answers, as ProblemDetails, worded for the person reading them.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(title: "The request is not valid", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>
    /// 409 for a stale change or a duplicate: the thing as it is now in <c>current</c> and, for a stale change, what the
    /// client sent in <c>yours</c>, so it can show both and merge them (the shape every versioned endpoint answers with).
    /// </summary>
    public static ProblemHttpResult Conflict(string? detail, object? current, object? yours = null)
    {
        var extensions = new Dictionary<string, object?> { ["current"] = current };
        if (yours is not null)
        {
            extensions["yours"] = yours;
        }

        return TypedResults.Problem(title: "Conflict", detail: detail, statusCode: StatusCodes.Status409Conflict, extensions: extensions);
    }

    /// <summary>
    /// The answer to a service's outcome that is not done: 404 worded by <paramref name="notFound"/> (each resource names
    /// itself), 409 with the thing as it is now and what was <paramref name="sent"/>, else 400 with the outcome's reason.
    /// </summary>
    public static ProblemHttpResult For<T>(LibraryOutcome<T> outcome, Func<ProblemHttpResult> notFound, object? sent = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(notFound);
        return outcome.Status switch
        {
            LibraryOutcomeStatus.NotFound => notFound(),
            LibraryOutcomeStatus.Conflict => Conflict(outcome.Problem, outcome.Value, sent),
            _ => BadRequest(outcome.Problem!),
        };
    }
}
