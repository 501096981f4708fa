using Microsoft.AspNetCore.Http.HttpResults;

namespace NormsPortal.Web.Api;

/// <summary>The API's error answers, as ProblemDetails, worded for the person reading them.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(title: "The request is not valid", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
